/**
 * Feed dates to epoch milliseconds. Date.parse is not used: what it accepts beyond ISO 8601
 * differs between engines, and it reads "2023-02-23 17:30:00" as local time, so the same feed
 * would sort differently on two machines. Only the shapes feeds really use are read; anything
 * else is undefined, never NaN.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 822 / 1123 and its common slips: no weekday, one-digit day, two-digit year, no seconds.
const RFC_822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Minutes east of UTC for the zone names RFC 822 allows and feeds use.
const ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
]);

export function parseFeedDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text.length > 64) return undefined;

  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = iso;
    // Three digits of the fraction are milliseconds; more precision cannot be stored anyway.
    const ms = Number((fraction + '000').slice(0, 3));
    // A date without a zone is taken as UTC: the feed gave no better answer, and UTC at least
    // gives every machine the same one.
    return build(+y!, +mo!, +d!, +h, +mi, +s, ms, zoneOffset(zone));
  }

  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s = '0', zone] = rfc;
    const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
    const offset = zoneOffset(zone);
    if (month === 0 || offset === undefined) return undefined;
    return build(fullYear(y!), month, +d!, +h!, +mi!, +s, 0, offset);
  }
  return undefined;
}

/** Two-digit years (RFC 822) pivot at 50, as mail readers do. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** Minutes east of UTC; 0 when absent; undefined for a zone name we do not know. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES.get(zone.toLowerCase());
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offsetMinutes: number | undefined,
): number | undefined {
  if (offsetMinutes === undefined || Math.abs(offsetMinutes) > 18 * 60) return undefined;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // A leap second is read as the last second of its minute.
  date.setUTCHours(hour, minute, Math.min(second, 59), ms);
  // 31 February rolls over into March; a day that moved was not a real date.
  if (date.getUTCDate() !== day) return undefined;
  const time = date.getTime() - offsetMinutes * 60_000;
  return Number.isSafeInteger(time) ? time : undefined;
}
