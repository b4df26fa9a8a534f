import { browser } from 'wxt/browser';
import { READING_CHANGED, type ReadingChangedBroadcast } from './protocol';

/** Marks often change in bursts (a keyboard user marking down a list): one broadcast each. */
const COALESCE_MS = 50;
let pending: Promise<void> | undefined;

/**
 * Tells every tab that reading marks changed, so open pages update their badges without a
 * reload. Without the "tabs" permission the background cannot tell which tabs run the badges
 * script, so it asks them all; tabs without it simply have no listener. The message carries
 * no URL: each page asks again about its own links.
 */
export function broadcastReadingChanged(): Promise<void> {
  pending ??= new Promise<void>((resolve) => setTimeout(resolve, COALESCE_MS)).then(async () => {
    pending = undefined;
    const message: ReadingChangedBroadcast = { type: READING_CHANGED };
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
      ),
    );
  });
  return pending;
}
