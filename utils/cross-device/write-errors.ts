/**
 * A refused write, in words for the options page, and when to try again. The browsers say
 * "QUOTA_BYTES quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded" and so on.
 */
export function describeWriteError(error: unknown, failures: number): { message: string; retryInMs: number } {
  const text = error instanceof Error ? error.message : String(error);
  if (/PER_MINUTE/i.test(text))
    return { message: 'The browser allows 120 sync writes a minute, and that was reached.', retryInMs: 60_000 };
  if (/PER_HOUR/i.test(text))
    return { message: 'The browser allows 1,800 sync writes an hour, and that was reached.', retryInMs: 15 * 60_000 };
  const backoff = Math.min(30, 2 ** Math.max(0, failures - 1)) * 60_000;
  if (/QUOTA_BYTES/i.test(text))
    return { message: 'Sync storage is full: the browser refused to store more.', retryInMs: backoff };
  return { message: `Sync storage refused the write: ${text.slice(0, 200)}`, retryInMs: backoff };
}
