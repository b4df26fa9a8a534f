import type { KnownLink } from '@/utils/messaging';
import { createArticleDock, loadCorner, type ArticleDock } from './article-dock';
import { autoMarkRead } from './auto-mark';
import type { BackgroundClient } from './background-client';
import { childLifetime, type ChildLifetime, type Lifetime } from './lifetime';
import type { PageSettings } from './page-settings';
import { pageUrls } from './page-urls';

export interface ArticlePage {
  /** Asks again whether this page is a known article (after a SPA navigation or a mark). */
  check(): Promise<void>;
}

/**
 * The article card and the toolbar mark for a page that is itself an article Quorum knows.
 * Nothing is added to a page that is not one. Everything goes when `life` ends.
 */
export function startArticlePage(life: Lifetime, client: BackgroundClient, settings: () => PageSettings): ArticlePage {
  /** The visit to the article shown: ends when another one (or none) is shown. */
  let visit: ChildLifetime | undefined;
  let dock: ArticleDock | undefined;
  let shownUrl: string | undefined;
  let dismissed = false;
  let checks = 0;

  const clear = () => {
    visit?.end();
    visit = undefined;
    dock?.remove();
    dock = undefined;
    shownUrl = undefined;
  };
  life.onInvalidated(clear);
  const mark = async (which: 'read' | 'saved', on: boolean) => {
    const link = shownUrl ? await client.setReading(shownUrl, which, on) : null;
    if (link && !life.isInvalid) dock?.update(link);
  };
  const hideOnSite = () => void client.hideOnSite(location.hostname);
  const dismiss = () => {
    dismissed = true;
    dock?.remove();
    dock = undefined;
  };
  const showDock = async (link: KnownLink) => {
    const corner = await loadCorner();
    // Whichever check gets here first builds the card; the others find it there.
    if (life.isInvalid || dismissed || dock || shownUrl !== link.url) return;
    dock = createArticleDock(link, corner, { mark: (which, on) => void mark(which, on), hideOnSite, dismiss });
  };

  const check = async () => {
    const turn = ++checks;
    const link = await client.pageArticle(pageUrls());
    // A newer check (another navigation) or the end has overtaken this one; or no answer came
    // (the extension is being updated), and what is shown stays.
    if (life.isInvalid || turn !== checks || link === undefined) return;
    if (link === null) return clear();
    if (link.url !== shownUrl) {
      clear();
      dismissed = false;
      shownUrl = link.url;
      visit = childLifetime(life);
      autoMarkRead(visit, link, settings().autoMarkRead, () => void mark('read', true));
    }
    if (dock) return dock.update(link);
    if (!dismissed) await showDock(link);
  };

  return { check };
}
