import { useState, type FormEvent } from 'react';
import { db } from '@/utils/db';
import { findFeed } from '@/utils/feeds/find-feed';
import { findSubscription, originPattern, subscribe } from '@/utils/feeds/subscriptions';
import { sendRequest } from '@/utils/messaging';
import { requestOrigins } from '@/utils/permissions';
import type { Feed } from '@/utils/schemas/feed';
import type { ParsedFeed } from '@/utils/schemas/parsed-feed';

type Phase =
  | { name: 'idle' }
  | { name: 'asking'; host: string }
  | { name: 'checking'; url: string }
  | { name: 'found'; url: string; feed: ParsedFeed }
  | { name: 'added'; title: string }
  | { name: 'error'; message: string };

/** Turns what a person types into an http(s) URL, or says why it is not one. */
export function parseAddress(input: string): { ok: true; url: string } | { ok: false; error: string } {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type the address of a feed, a curated pack or a blog.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${text}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'Only web addresses (http or https) can be followed.' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost')
    return { ok: false, error: `“${text}” is not a web address.` };
  return { ok: true, url: url.href };
}

function alreadyFollowing(feed: Feed): string {
  const failing = feed.lastError ? ' Its last refresh failed: its row in the list below says why.' : '';
  return `You already follow this: “${feed.title}”.${failing}`;
}

/** Add a feed, a curated pack, or a page whose feed is found for you; see it before you follow it. */
export function AddFeed() {
  const [input, setInput] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const address = parseAddress(input);
    if (!address.ok) return setPhase({ name: 'error', message: address.error });
    // First thing in the click: the browser shows its permission prompt only for a gesture.
    const host = new URL(address.url).host;
    // The last attempt's message goes at once: it is not about this one.
    setPhase({ name: 'asking', host });
    if (!(await requestOrigins([originPattern(address.url)]))) {
      return setPhase({ name: 'error', message: `Quorum needs your permission to read ${host}. Nothing was added.` });
    }
    // A feed already followed is named before anything is fetched: if it is failing just now,
    // fetching it would report its error as if the address were new.
    const followed = await findSubscription(db, address.url);
    if (followed) return setPhase({ name: 'error', message: alreadyFollowing(followed) });
    setPhase({ name: 'checking', url: address.url });
    const found = await findFeed(address.url);
    if (!found.ok) return setPhase({ name: 'error', message: found.error });
    const existing = await findSubscription(db, found.url);
    if (existing) return setPhase({ name: 'error', message: alreadyFollowing(existing) });
    setPhase({ name: 'found', url: found.url, feed: found.feed });
  };

  const confirm = async (url: string, feed: ParsedFeed) => {
    // The feed may live on another host than the page it was found from.
    setPhase({ name: 'asking', host: new URL(url).host });
    if (!(await requestOrigins([originPattern(url)]))) {
      return setPhase({
        name: 'error',
        message: `Quorum needs your permission to read ${new URL(url).host}. Nothing was added.`,
      });
    }
    const added = await subscribe(db, {
      url,
      title: feed.title || new URL(url).host,
      kind: feed.format === 'pack' ? 'pack' : 'feed',
      siteUrl: feed.siteUrl,
    });
    setPhase({ name: 'added', title: added.title });
    setInput('');
    await sendRequest({ type: 'sync-now', feedIds: [added.id] }).catch(() => undefined);
  };

  return (
    <div className="add-feed">
      <form onSubmit={(event) => void check(event)} className="add-feed__form">
        <label htmlFor="add-feed-url">Add a feed, a curated pack or a blog’s address</label>
        <div className="add-feed__row">
          <input
            id="add-feed-url"
            type="text"
            inputMode="url"
            placeholder="https://example.com/blog"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            aria-describedby="add-feed-status"
          />
          <button type="submit" disabled={phase.name === 'checking'}>
            {phase.name === 'checking' ? 'Looking…' : 'Find feed'}
          </button>
        </div>
      </form>
      <div id="add-feed-status" role="status" aria-live="polite">
        {phase.name === 'asking' && <p>Waiting for your permission to read {phase.host}…</p>}
        {phase.name === 'error' && <p className="add-feed__error">{phase.message}</p>}
        {phase.name === 'added' && (
          <p className="add-feed__done">
            Following “{phase.title}”. Its articles arrive with the next refresh, starting now.
          </p>
        )}
        {phase.name === 'found' && (
          <section className="add-feed__preview" aria-label="Feed found">
            <h3>{phase.feed.title || phase.url}</h3>
            <p>
              {phase.feed.format === 'pack' ? 'A curated pack' : 'A feed'} with {phase.feed.items.length}{' '}
              {phase.feed.items.length === 1 ? 'article' : 'articles'}, at <code>{phase.url}</code>
            </p>
            {phase.feed.items.length > 0 && (
              <ul>
                {phase.feed.items.slice(0, 3).map((item) => (
                  <li key={item.url}>{item.title}</li>
                ))}
              </ul>
            )}
            <button type="button" onClick={() => void confirm(phase.url, phase.feed)}>
              Follow this {phase.feed.format === 'pack' ? 'pack' : 'feed'}
            </button>{' '}
            <button type="button" onClick={() => setPhase({ name: 'idle' })}>
              Cancel
            </button>
          </section>
        )}
      </div>
    </div>
  );
}
