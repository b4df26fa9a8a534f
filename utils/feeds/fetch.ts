import { describeHttpStatus, parseRetryAfter } from './http-status';

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_FEED_BYTES = 10 * 1024 * 1024;

export interface FeedRequest {
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** For servers whose validators are broken: never send them, always take the full body. */
  ignoreHttpCache?: boolean | undefined;
}

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => number;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      body: Uint8Array;
      contentType: string | null;
      etag?: string;
      lastModified?: string;
      /** Where the body came from after redirects; differs from the request when redirected. */
      finalUrl: string;
    }
  | { kind: 'failed'; message: string; status?: number; retryAfterMs?: number };

/**
 * One conditional GET of a feed, bounded in time and size. Never throws: every way it can go
 * wrong becomes a sentence for the feed's row in options.
 */
export async function fetchFeed(request: FeedRequest, options: FetchOptions = {}): Promise<FetchOutcome> {
  const { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_FEED_BYTES, now = Date.now } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    const headers: Record<string, string> = {
      Accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    };
    if (!request.ignoreHttpCache) {
      if (request.etag) headers['If-None-Match'] = request.etag;
      if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
    }
    // no-store: we send our own validators; the browser's cache must not answer in our place.
    const response = await fetchImpl(request.url, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });

    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const retryAfterMs =
        response.status === 429 || response.status === 503
          ? parseRetryAfter(response.headers.get('Retry-After'), now())
          : undefined;
      return {
        kind: 'failed',
        status: response.status,
        message: describeHttpStatus(response.status, response.statusText),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }

    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', message: tooLarge(maxBytes) };
    }
    const body = await readCapped(response, maxBytes);
    if (!body) return { kind: 'failed', message: tooLarge(maxBytes) };

    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    return {
      kind: 'fetched',
      body,
      contentType: response.headers.get('Content-Type'),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      finalUrl: response.url || request.url,
    };
  } catch {
    if (timedOut) return { kind: 'failed', message: `Timed out after ${Math.round(timeoutMs / 100) / 10} s.` };
    return { kind: 'failed', message: describeNetworkError(request.url) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body while counting, and gives up as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(maxBytes: number): string {
  const size =
    maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return `The feed is larger than ${size}, so Quorum stopped reading it.`;
}

// Browsers say only "Failed to fetch" whatever went wrong (DNS, refused, TLS), by design.
function describeNetworkError(url: string): string {
  try {
    return `Could not reach ${new URL(url).host}: the site may be down, or this device offline.`;
  } catch {
    return 'This feed address is not a valid URL.';
  }
}
