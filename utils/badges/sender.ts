import { browser, type Browser } from 'wxt/browser';

/**
 * True for Quorum's own content script in a web page: this extension (the id check the
 * listener already makes), in a tab's top frame, on an http(s) page. Extension pages opened
 * in a tab have a tab too, but a chrome-extension: URL.
 */
export function isOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  return /^https?:\/\//.test(sender.url ?? '');
}

/** The host of the page a content script runs on, or null. */
export function senderHost(sender: Browser.runtime.MessageSender): string | null {
  try {
    return new URL(sender.url ?? '').hostname || null;
  } catch {
    return null;
  }
}
