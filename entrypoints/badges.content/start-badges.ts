import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { badgesShownOn } from './badges-shown-on';
import { isReadingChanged } from './answers';
import { startArticlePage, type ArticlePage } from './article-page';
import { createBackgroundClient } from './background-client';
import { startLinkBadges, type LinkBadges } from './link-badges';
import { PAGE_SETTINGS_DEFAULTS, readPageSettings, SETTINGS_KEY, type PageSettings } from './page-settings';

/** After a same-document navigation, the time for the site to render its new page. */
const AFTER_NAVIGATION_MS = 100;

/**
 * The badges script's life on one page: on when the settings allow badges on this host, off
 * (every trace removed) the moment they do not, up to date when marks change anywhere, and
 * gone cleanly when the extension is updated or removed under the page.
 */
export function startBadges(ctx: ContentScriptContext): void {
  const client = createBackgroundClient();
  const host = location.hostname;
  let settings: PageSettings = PAGE_SETTINGS_DEFAULTS;
  let links: LinkBadges | undefined;
  let article: ArticlePage | undefined;

  const stop = () => {
    links?.stop();
    article?.stop();
    links = undefined;
    article = undefined;
  };
  const apply = (next: PageSettings) => {
    settings = next;
    const on = badgesShownOn(next, host);
    if (on && !links && ctx.isValid) {
      links = startLinkBadges(client, () => ctx.isInvalid);
      article = startArticlePage(ctx, client, () => settings);
      void article.check();
    } else if (!on) {
      stop();
    }
  };
  const refresh = () => {
    void links?.refresh();
    void article?.check();
  };

  const onStorage = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(readPageSettings(changes[SETTINGS_KEY]!.newValue));
  };
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id === browser.runtime.id && isReadingChanged(message)) refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  // A change the background could not announce (say, marks imported in options) shows when
  // the user comes back to this tab.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => void article?.check(), AFTER_NAVIGATION_MS);
  });
  ctx.onInvalidated(() => {
    stop();
    try {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: so are its listeners.
    }
  });

  void browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => apply(readPageSettings(stored[SETTINGS_KEY])),
    () => undefined,
  );
}
