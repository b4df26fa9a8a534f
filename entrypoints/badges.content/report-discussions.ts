import { browser } from 'wxt/browser';
import type { Request } from '@/utils/messaging';
import { findDiscussionLinks } from './discussion-links';

/**
 * On an aggregator's page, tells the background which articles this page links to and where
 * each is discussed; the background keeps only those it knows. Quiet on failure: a page
 * without an answer simply records nothing.
 */
export async function reportDiscussions(): Promise<void> {
  const discussions = findDiscussionLinks(document, { href: location.href, hostname: location.hostname });
  if (discussions.length === 0) return;
  const request: Request = { type: 'discussions-seen', discussions };
  try {
    await browser.runtime.sendMessage(request);
  } catch {
    // The extension is being updated or removed under the page.
  }
}
