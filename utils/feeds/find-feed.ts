import type { ParsedFeed } from '../schemas/parsed-feed';
import { declaredFeeds, guessedFeeds } from './discover';
import { fetchFeed, type FetchOptions } from './fetch';
import { parseFeed } from './parse';

export type FindFeedResult = { ok: true; url: string; feed: ParsedFeed } | { ok: false; error: string };

/**
 * From whatever a person pastes — a feed, a pack or a web page — to a feed Quorum can follow:
 * the address itself if it is one, else the feeds the page declares, else the usual paths.
 */
export async function findFeed(address: string, options: FetchOptions = {}): Promise<FindFeedResult> {
  const first = await fetchFeed({ url: address }, options);
  if (first.kind !== 'fetched')
    return { ok: false, error: first.kind === 'failed' ? first.message : 'The server sent nothing new.' };
  const direct = parseFeed(first.body, { url: first.finalUrl, contentType: first.contentType });
  if (direct.ok) return { ok: true, url: first.finalUrl, feed: direct.feed };
  if (direct.error.kind !== 'not-a-feed' || !/html/i.test(direct.error.message + (first.contentType ?? ''))) {
    return { ok: false, error: direct.error.message };
  }

  const html = new TextDecoder().decode(first.body);
  const declared = declaredFeeds(html, first.finalUrl);
  for (const candidate of [...declared, ...guessedFeeds(first.finalUrl).filter((url) => !declared.includes(url))]) {
    const response = await fetchFeed({ url: candidate }, options);
    if (response.kind !== 'fetched') continue;
    const parsed = parseFeed(response.body, { url: response.finalUrl, contentType: response.contentType });
    if (parsed.ok) return { ok: true, url: response.finalUrl, feed: parsed.feed };
  }
  return {
    ok: false,
    error: 'No feed found: this page declares none, and none is at the usual addresses (/feed, /rss.xml, /atom.xml…).',
  };
}
