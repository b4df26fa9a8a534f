import type { KnownLink } from '@/utils/messaging';
import type { BackgroundClient } from './background-client';
import type { Lifetime } from './lifetime';

/**
 * Asks again about every known link on the page (marks changed elsewhere) and hands each URL's
 * fresh answer, or undefined when it is no longer known, to `refreshed`; then `done`. Calls
 * made while one runs are served by one more run after it, never by runs side by side.
 */
export function createRefresh(
  life: Lifetime,
  client: BackgroundClient,
  known: ReadonlyMap<string, KnownLink>,
  refreshed: (url: string, link: KnownLink | undefined) => void,
  done: () => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;

  const once = async (): Promise<boolean> => {
    const urls = [...known.keys()];
    if (urls.length === 0) return false;
    const links = await client.lookup(urls);
    // Without an answer, what is shown stays: never read a failure as "no longer known".
    if (life.isInvalid || links === null) return false;
    const fresh = new Map(links.map((link) => [link.url, link]));
    for (const url of urls) refreshed(url, fresh.get(url));
    done();
    return true;
  };

  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      for (let more = true; more;) {
        again = false;
        more = (await once()) && again;
      }
    })().finally(() => (running = undefined));
    return running;
  };
}
