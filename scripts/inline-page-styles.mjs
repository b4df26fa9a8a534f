// A build step for the pages' first paint: each page's stylesheets are written into its HTML as
// <style> elements instead of being fetched. A classic script after a stylesheet link (the
// snapshot's first-paint.js) waits for that stylesheet, and the parser waits for the script,
// so every linked file delayed the first frame; measured on the popup, the first pick painted
// about 45 ms sooner with the styles inline, level with a static copy of the page.
//
// Each link stays in the head, disabled: a disabled stylesheet link is never fetched, but the
// loader of the app's later chunks, which lists the stylesheets a page already has by their
// links, still sees it there and does not fetch it again.

const STYLESHEET_LINK = /<link rel="stylesheet"([^>]*?) href="([^"]+\.css)"([^>]*)>/g;

/**
 * The page with its stylesheets inline. `stylesheet(href)` gives a stylesheet's text, or
 * undefined for one this build did not emit; that one, and any whose text refers to another
 * file (url(...), @import), keeps its ordinary link.
 */
export function inlinePageStyles(html, stylesheet) {
  return html.replace(STYLESHEET_LINK, (link, before, href, after) => {
    const css = stylesheet(href);
    if (css === undefined || /url\(|@import/i.test(css) || /<\/style/i.test(css)) return link;
    return `<style data-href="${href}">${css}</style><link rel="stylesheet"${before} href="${href}"${after} disabled>`;
  });
}

/** The Vite plugin: rewrites every page after Vite has added its asset tags. */
export function inlinePageStylesPlugin() {
  return {
    name: 'quorum:inline-page-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return inlinePageStyles(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
