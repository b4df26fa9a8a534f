import { BRAND_COLOUR } from '@/utils/brand';

/**
 * Styles for the closed shadow roots. Host rules are `!important` on purpose: inside a shadow
 * tree's own context, important declarations win over the page's, even the page's important
 * ones, so a site cannot hide, resize or restyle a badge host, and every host is the same box.
 * Sizes are px inside the roots: the page's root font size must not reach our layout.
 * Badges do nothing to the page's layout beyond their own box: no positioning, no layers,
 * since on a page of thousands of links every per-badge cost is paid hundreds of times.
 * Whatever a page can hit-test (the pill, a card's buttons) has one size in every state.
 */

const PANEL = `
.tip,.card{position:fixed;inset:auto;margin:0;box-sizing:border-box;border:1px solid #c9cde0;border-radius:8px;background:#fff;color:#1b1f2e;font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.18);text-align:left;overflow:visible}
.tip{max-width:320px;padding:8px 10px}
.card{width:340px;max-width:calc(100vw - 16px);padding:12px 14px}
.tip b,.title{display:block;font-weight:650;font-size:14px;margin:0 28px 4px 0}
.tip p,.summary{margin:0 0 8px}
.meta{color:#5b6178;font-size:12px;margin:0 0 6px}
.topics{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 10px;padding:0;list-style:none}
.topics li{font-size:11px;padding:1px 7px;border-radius:999px;background:#eef0fa;color:${BRAND_COLOUR}}
.actions{display:flex;flex-wrap:wrap;gap:6px}
.actions button{all:unset;box-sizing:border-box;min-width:122px;text-align:center;padding:5px 10px;border:1px solid ${BRAND_COLOUR};border-radius:6px;color:${BRAND_COLOUR};font:600 12px/1.2 system-ui,sans-serif;cursor:pointer}
.actions button:hover{background:#eef0fa}
.close{all:unset;position:absolute;top:6px;right:8px;padding:2px 6px;border-radius:4px;color:#5b6178;font:16px/1 system-ui,sans-serif;cursor:pointer}
button:focus-visible{outline:2px solid #f59e0b;outline-offset:2px}
@media (prefers-color-scheme:dark){
.tip,.card{background:#1d2030;color:#e6e8f2;border-color:#3a3f58}
.meta,.close{color:#a3a9c2}
.topics li{background:#2a2f48;color:#b9c2ff}
.actions button{border-color:#8d9bff;color:#b9c2ff}
.actions button:hover{background:#2a2f48}
}`;

export const BADGE_CSS = `
:host{all:initial!important;display:inline-block!important;box-sizing:border-box!important;width:clamp(14px,1.1em,22px)!important;height:clamp(14px,1.1em,22px)!important;margin:0 .3em!important;vertical-align:middle!important;font-size:inherit!important;line-height:1!important}
.badge{all:unset;box-sizing:border-box;display:block;width:100%;height:100%;padding-top:calc(50% - 4.5px);border-radius:50%;cursor:pointer;background:${BRAND_COLOUR};color:#fff;font:800 9px/9px system-ui,sans-serif;text-align:center}
.badge.saved{background:#b45309}
.badge.read{background:#fff;color:#5b6178;border:1.5px solid #8a90a6}
.badge:focus-visible{outline:2px solid #f59e0b;outline-offset:2px}
${PANEL}`;

/**
 * For sites whose listings stretch an invisible link across each whole card (see site-hints):
 * there a badge must sit above it, or it could be seen but never clicked. Every host of such a
 * site gets it, whatever its state.
 */
export const LIFT_CSS = ':host{position:relative!important;z-index:1!important}';

export const DOCK_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important}
.dock{position:fixed;inset:auto;margin:0;padding:0;border:0;background:none;overflow:visible;color:#1b1f2e}
.dock.br{right:16px;bottom:16px}.dock.bl{left:16px;bottom:16px}.dock.tr{right:16px;top:16px}.dock.tl{left:16px;top:16px}
.dock .card{position:relative}
.pill{display:flex;align-items:center;border-radius:999px;background:${BRAND_COLOUR};color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.22);font:600 12px/1 system-ui,sans-serif}
.pill button{all:unset;cursor:pointer;padding:8px 10px 8px 12px;border-radius:999px}
.pill .open{box-sizing:border-box;width:158px;white-space:nowrap}
.pill .dismiss{padding:8px 11px 8px 6px;font-size:14px}
.pill.read{background:#5b6178}.pill.saved{background:#b45309}
${PANEL}`;

const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Styles a shadow root. One parsed sheet per style is shared by every badge on the page; where
 * a constructed sheet cannot be adopted from a content script (Firefox), a <style> does it.
 */
export function adoptStyles(root: ShadowRoot, ...css: string[]): void {
  const adopted = css.map(sheetFor);
  if (adopted.every((sheet) => sheet !== null)) {
    try {
      root.adoptedStyleSheets = adopted as CSSStyleSheet[];
      return;
    } catch {
      for (const text of css) sheets.set(text, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = css.join('\n');
  root.append(style);
}
