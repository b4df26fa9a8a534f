import { LOOKUP_BATCH_MAX } from '@/utils/badges/protocol';
import type { KnownLink } from '@/utils/messaging';
import type { BackgroundClient } from './background-client';
import type { Lifetime } from './lifetime';

export interface LinkLookup {
  /** Queues a URL to ask about; a full batch is asked at once. */
  add(url: string): void;
  /** Asks about whatever is queued. */
  flush(): void;
}

/**
 * Asks the background about the URLs a scan found, in batches, and hands each batch's answer
 * (the known links among them) to `answered`. Without an answer (the extension is being
 * updated), those links simply get no badge.
 */
export function createLinkLookup(
  life: Lifetime,
  client: BackgroundClient,
  answered: (asked: readonly string[], known: KnownLink[]) => void,
): LinkLookup {
  let queued: string[] = [];
  const flush = () => {
    if (queued.length === 0 || life.isInvalid) return;
    const batch = queued;
    queued = [];
    void client.lookup(batch).then((links) => {
      if (!life.isInvalid && links !== null) answered(batch, links);
    });
  };
  return {
    add(url) {
      queued.push(url);
      if (queued.length >= LOOKUP_BATCH_MAX) flush();
    },
    flush,
  };
}
