// A build step for Zod: its one-time probe "may this context eval?" (`new Function("")`), which
// utils/schemas/zod.ts already keeps from running by setting Zod jitless, is also left out of
// the bundle. The minifier turns it into a plain `Function("")` call, which add-on linters
// (web-ext lint, and so store review) report as eval; jitless makes "no" its only answer anyway.
// Should a Zod update change the probe, the build says so and the linter shows the warning again.

const ZOD_UTIL = /[\\/]node_modules[\\/]zod[\\/].*[\\/]core[\\/]util\.js$/;
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

export function zodWithoutEvalProbe() {
  return {
    name: 'quorum:zod-without-eval-probe',
    transform(code, id) {
      if (!ZOD_UTIL.test(id)) return null;
      if (!PROBE.test(code)) {
        this.warn(
          "Zod's eval probe has changed: web-ext lint will report it. Update scripts/zod-without-eval-probe.mjs.",
        );
        return null;
      }
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
