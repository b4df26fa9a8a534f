// HTTP/2 and HTTP/3 carry no reason phrase, so statusText is often empty: name the usual ones.
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  418: "I'm a teapot",
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "The server answered 404 Not Found", with a hint where there is an obvious next step. */
export function describeHttpStatus(status: number, statusText = ''): string {
  const reason = statusText.trim() || REASONS[status] || '';
  const base = `The server answered ${status}${reason ? ` ${reason}` : ''}`;
  if (status === 404 || status === 410) return `${base}: the feed is no longer at this address.`;
  if (status === 401 || status === 403) return `${base}: the feed is not public.`;
  if (status === 429) return `${base}: Quorum will wait before asking again.`;
  return `${base}.`;
}

/**
 * Retry-After in milliseconds from now, from either of its forms (delay-seconds or an
 * HTTP-date); undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
