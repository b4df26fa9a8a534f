const MINUTE = 60_000;
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;
const FIRST_RETRY_MS = 10 * MINUTE;
const MIN_RETRY_AFTER_MS = MINUTE;

/**
 * When to try a failing feed again. A server that says when (429/503 with Retry-After) is
 * taken at its word, within a minute to a day. Otherwise the wait grows exponentially with
 * the failures in a row, from ten minutes up to a day, with ±50% jitter so that feeds which
 * failed together do not all retry together.
 */
export function nextAttemptAfterFailure(input: {
  errorCount: number;
  now: number;
  random?: () => number;
  retryAfterMs?: number | undefined;
}): number {
  const { errorCount, now, random = Math.random, retryAfterMs } = input;
  if (retryAfterMs !== undefined) return now + Math.min(MAX_BACKOFF_MS, Math.max(MIN_RETRY_AFTER_MS, retryAfterMs));
  const exponential = FIRST_RETRY_MS * 2 ** Math.max(0, errorCount - 1);
  return now + Math.round(Math.min(MAX_BACKOFF_MS, exponential * (0.5 + random())));
}
