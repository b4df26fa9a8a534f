import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isReadingChanged } from './answers';
import { startArticlePage, type ArticlePage } from './article-page';
import { badgesShownOn } from './badges-shown-on';
import { createBackgroundClient } from './background-client';
import { childLifetime, listenWhile, type ChildLifetime } from './lifetime';
import { startLinkBadges, type LinkBadges } from './link-badges';
import { PAGE_SETTINGS_DEFAULTS, readPageSettings, SETTINGS_KEY, type PageSettings } from './page-settings';
import { reportDiscussions } from './report-discussions';

/** After a same-document navigation, the time for the site to render its new page. */
const AFTER_NAVIGATION_MS = 100;

/** Badges while they are on for this host: ended (every trace removed) when they go off. */
interface BadgesOn {
  life: ChildLifetime;
  links: LinkBadges;
  article: ArticlePage;
}

/**
 * The badges script's life on one page: on when the settings allow badges on this host, off
 * the moment they do not, up to date when marks change anywhere, and gone cleanly when the
 * extension is updated or removed under the page (ctx).
 */
export function startBadges(ctx: ContentScriptContext): void {
  const client = createBackgroundClient();
  const host = location.hostname;
  let settings: PageSettings = PAGE_SETTINGS_DEFAULTS;
  let on: BadgesOn | undefined;

  const apply = (next: PageSettings) => {
    settings = next;
    const shown = badgesShownOn(next, host);
    if (shown && !on && ctx.isValid) {
      const life = childLifetime(ctx);
      on = { life, links: startLinkBadges(life, client), article: startArticlePage(life, client, () => settings) };
      void on.article.check();
      void reportDiscussions();
    } else if (!shown && on) {
      on.life.end();
      on = undefined;
    }
  };
  const refresh = () => {
    void on?.links.refresh();
    void on?.article.check();
  };

  listenWhile(ctx, browser.storage.onChanged, (changes: Record<string, Browser.storage.StorageChange>, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(readPageSettings(changes[SETTINGS_KEY]!.newValue));
  });
  listenWhile(ctx, browser.runtime.onMessage, (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id === browser.runtime.id && isReadingChanged(message)) refresh();
  });
  // A change the background could not announce (say, marks imported in options) shows when
  // the user comes back to this tab.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => void on?.article.check(), AFTER_NAVIGATION_MS);
  });

  void browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => apply(readPageSettings(stored[SETTINGS_KEY])),
    () => undefined,
  );
}
