import { browser } from 'wxt/browser';
import { LOOKUP_BATCH_MAX } from '@/utils/badges/protocol';
import type { KnownLink, Request } from '@/utils/messaging';
import { readLinkAnswer, readLookupAnswer, readTargetsAnswer } from './answers';

/**
 * The badges script's side of the protocol. Every call resolves, never rejects: when the
 * background cannot answer (the extension was updated or removed under the page, a malformed
 * answer) the page simply gets no badges, rather than an error in its console.
 */
export interface BackgroundClient {
  /** Where known articles are (hosts, and the URLs of entries stored at anchors); null when the background cannot say. */
  knownTargets(): Promise<PageTargets | null>;
  /** The known articles among these canonical URLs, asked in bounded batches; null without an answer. */
  lookup(urls: readonly string[]): Promise<KnownLink[] | null>;
  /** The article this page shows, null if none; undefined without an answer. Also sets the toolbar's mark for the tab. */
  pageArticle(urls: readonly string[]): Promise<KnownLink | null | undefined>;
  setReading(url: string, mark: 'read' | 'saved', on: boolean): Promise<KnownLink | null>;
  hideOnSite(host: string): Promise<void>;
}

export interface PageTargets {
  hosts: ReadonlySet<string>;
  anchoredUrls: ReadonlySet<string>;
}

async function send(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
}

export function createBackgroundClient(): BackgroundClient {
  return {
    async knownTargets() {
      const targets = readTargetsAnswer(await send({ type: 'known-hosts' }));
      return targets ? { hosts: new Set(targets.hosts), anchoredUrls: new Set(targets.anchoredUrls) } : null;
    },
    async lookup(urls) {
      const batches: Promise<KnownLink[] | null>[] = [];
      for (let start = 0; start < urls.length; start += LOOKUP_BATCH_MAX) {
        batches.push(
          send({ type: 'lookup-urls', urls: urls.slice(start, start + LOOKUP_BATCH_MAX) }).then(readLookupAnswer),
        );
      }
      const found: KnownLink[] = [];
      for (const answer of await Promise.all(batches)) {
        if (answer === null) return null;
        found.push(...answer);
      }
      return found;
    },
    async pageArticle(urls) {
      return readLinkAnswer(await send({ type: 'page-article', urls: [...urls] }));
    },
    async setReading(url, mark, on) {
      return (await send({ type: 'set-reading', url, mark, on }).then(readLinkAnswer)) ?? null;
    },
    async hideOnSite(host) {
      await send({ type: 'set-site-badges', host, enabled: false });
    },
  };
}
