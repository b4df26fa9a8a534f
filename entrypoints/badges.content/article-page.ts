import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { canonicalUrl } from '@/utils/url';
import { createArticleDock, loadCorner, type ArticleDock } from './article-dock';
import { autoMarkRead } from './auto-mark';
import type { BackgroundClient } from './background-client';
import type { PageSettings } from './page-settings';

/** The page's own canonical URLs: its address, and the <link rel=canonical> it declares. */
export function pageUrls(doc: Document = document): string[] {
  const urls = new Set<string>();
  const own = canonicalUrl(doc.location?.href ?? '');
  if (own) urls.add(own);
  const declared = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const canonical = declared ? canonicalUrl(declared, doc.baseURI) : null;
  if (canonical) urls.add(canonical);
  return [...urls];
}

export interface ArticlePage {
  /** Asks again whether this page is a known article (after a SPA navigation or a mark). */
  check(): Promise<void>;
  stop(): void;
}

/**
 * The article card and the toolbar mark for a page that is itself an article Quorum knows.
 * Nothing is added to a page that is not one.
 */
export function startArticlePage(
  ctx: ContentScriptContext,
  client: BackgroundClient,
  settings: () => PageSettings,
): ArticlePage {
  let dock: ArticleDock | undefined;
  let shownUrl: string | undefined;
  let dismissed = false;
  let stopAutoMark: (() => void) | undefined;
  let stopped = false;
  let checks = 0;

  const clear = () => {
    stopAutoMark?.();
    stopAutoMark = undefined;
    dock?.remove();
    dock = undefined;
    shownUrl = undefined;
  };
  const mark = async (which: 'read' | 'saved', on: boolean) => {
    if (!shownUrl) return;
    const link = await client.setReading(shownUrl, which, on);
    if (link && !stopped) dock?.update(link);
  };

  const check = async () => {
    const turn = ++checks;
    const link = await client.pageArticle(pageUrls());
    // A newer check (another navigation) or a stop has overtaken this one; or no answer came
    // (the extension is being updated), and what is shown stays.
    if (stopped || turn !== checks || ctx.isInvalid || link === undefined) return;
    if (link === null) return clear();
    if (link.url !== shownUrl) {
      clear();
      dismissed = false;
      shownUrl = link.url;
      stopAutoMark = autoMarkRead(ctx, link, settings().autoMarkRead, () => void mark('read', true));
    }
    if (dock) return dock.update(link);
    if (dismissed) return;
    const corner = await loadCorner();
    // Whichever check gets here first builds the card; the others find it there.
    if (stopped || dismissed || dock || shownUrl !== link.url) return;
    dock = createArticleDock(link, corner, {
      mark: (which, on) => void mark(which, on),
      hideOnSite: () => void client.hideOnSite(location.hostname),
      dismiss: () => {
        dismissed = true;
        dock?.remove();
        dock = undefined;
      },
    });
  };

  return {
    check,
    stop() {
      stopped = true;
      clear();
    },
  };
}
