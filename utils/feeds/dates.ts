/**
 * Feed dates to epoch milliseconds. Date.parse is not used: what it accepts beyond ISO 8601
 * differs between engines, and it reads "2023-02-23 17:30:00" as local time, so the same feed
 * would sort differently on two machines. ISO 8601 is read first; anything else is read word
 * by word, which covers the shapes established readers accept (RFC 822 and its slips, month
 * names written out, 12-hour clocks, zone names, a trailing "(UTC)"). A date is only read
 * when every part of it is understood: anything else is undefined, never NaN, never a guess.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// RFC 822 as most RSS writes it ("Thu, 01 Jan 2026 00:00:00 GMT"): read without splitting words.
const RFC_822 = /^(?:[a-z]{3},\s)?(\d{1,2})\s([a-z]{3})\s(\d{4})\s(\d{2}):(\d{2}):(\d{2})\s(GMT|UTC|[+-]\d{4})$/i;

/** Longer than any real date, with a weekday, a zone name and a comment spelled out. */
const MAX_LENGTH = 100;
const EARLIEST_YEAR = 1990;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
const TIME =
  /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,9}))?)?(?:([ap])\.?m\.?)?(z|[+-]\d{2}:?\d{2}|[a-z]{2,5})?$/i;
const MERIDIEM = /^([ap])\.?m\.?$/i;
const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;
/** "GMT+0000", "UTC-07:00", "MST-07:00": a name and an offset written together; the offset counts. */
const NAMED_OFFSET = /^[a-z]{1,5}([+-]\d{1,2}(?::?\d{2})?)$/i;
const NUMBER = /^(\d{1,4})(?:st|nd|rd|th|\.)?$/i;
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/;
/** Words that join the parts of a date and mean nothing themselves. */
const FILLER: ReadonlySet<string> = new Set(['at', '-', 'on']);

// Minutes east of UTC. RFC 822's names, then the ones feeds also use. Where a name is
// ambiguous the reading is the common one in English-language feeds (CST is US Central, IST
// is India).
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
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
  ['ast', -240],
  ['adt', -180],
  ['nst', -210],
  ['ndt', -150],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['cet', 60],
  ['cest', 120],
  ['met', 60],
  ['mest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['ist', 330],
  ['pkt', 300],
  ['wib', 420],
  ['sgt', 480],
  ['hkt', 480],
  ['awst', 480],
  ['jst', 540],
  ['kst', 540],
  ['acst', 570],
  ['acdt', 630],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
]);

export function parseFeedDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text.length > MAX_LENGTH) return undefined;

  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = iso;
    // A date without a zone is taken as UTC: the feed gave no better answer, and UTC at least
    // gives every machine the same one.
    return build(+y!, +mo!, +d!, +h, +mi, +s, milliseconds(fraction), zoneOffset(zone));
  }
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month = monthOf(monthName!.toLowerCase());
    if (month !== undefined) return build(+y!, month, +d!, +h!, +mi!, +s!, 0, zoneOffset(zone));
  }
  return parseWords(text);
}

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  meridiem?: string;
  /** Minutes east of UTC, from a name or an offset. */
  offset?: number;
  /** Numbers not yet known to be the day or the year, in the order written. */
  numbers: string[];
}

function parseWords(text: string): number | undefined {
  // A trailing comment names the zone for people: "+0000 (UTC)", "GMT-0500 (Eastern Standard Time)".
  const words = text
    .replace(/\s*\([^()]*\)$/, '')
    .split(/[\s,]+/)
    .filter((word) => word !== '');
  const parts: DateParts = { numbers: [] };
  for (const word of words) {
    if (!readWord(word, parts)) return undefined;
  }
  if (parts.month !== undefined && parts.day === undefined && !assignNumbers(parts)) return undefined;
  if (parts.numbers.length > 0 || parts.year === undefined || parts.month === undefined) return undefined;
  const hour = toDayHour(parts.hour ?? 0, parts.meridiem);
  if (hour === undefined) return undefined;
  return build(
    parts.year,
    parts.month,
    parts.day!,
    hour,
    parts.minute ?? 0,
    parts.second ?? 0,
    parts.ms ?? 0,
    parts.offset ?? 0,
  );
}

/** Files one word into `parts`; false when the word is not part of a date, or comes twice. */
function readWord(word: string, parts: DateParts): boolean {
  const lower = word.toLowerCase();
  if (FILLER.has(lower) || WEEKDAY.test(word)) return true;
  const month = monthOf(lower);
  if (month !== undefined) return parts.month === undefined && ((parts.month = month), true);

  const time = TIME.exec(word);
  if (time) {
    if (parts.hour !== undefined) return false;
    const [, h, mi, s = '0', fraction = '', meridiem, zone] = time;
    Object.assign(parts, { hour: +h!, minute: +mi!, second: +s, ms: milliseconds(fraction) });
    if (meridiem !== undefined) parts.meridiem = meridiem.toLowerCase();
    return zone === undefined || readZone(zone, parts);
  }
  const meridiem = MERIDIEM.exec(word);
  if (meridiem) return parts.meridiem === undefined && ((parts.meridiem = meridiem[1]!.toLowerCase()), true);

  const number = NUMBER.exec(word);
  if (number) return parts.numbers.push(number[1]!) <= 2;
  const numeric = NUMERIC_DATE.exec(word);
  if (numeric) return parts.year === undefined && parts.month === undefined && readNumericDate(numeric, parts);
  return readZone(word, parts);
}

/** A zone name, an offset, or both at once; an offset after a name replaces it ("GMT -0500"). */
function readZone(word: string, parts: DateParts): boolean {
  const named = NAMED_OFFSET.exec(word);
  const offset = zoneOffset(named ? named[1] : word);
  if (offset === undefined) return false;
  const isNumeric = named !== null || /^[+-]/.test(word);
  if (parts.offset !== undefined && !isNumeric) return true;
  parts.offset = offset;
  return true;
}

/** "Jun", "June", "Sept", "jan.": a month when the word begins a month's name. */
function monthOf(lower: string): number | undefined {
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (name.length < 3 || !/^[a-z]+$/.test(name)) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(name));
  return index === -1 ? undefined : index + 1;
}

/**
 * With the month named, the two numbers are the day and the year: a long one is the year,
 * and of two short ones the first is the day ("03 Mar 99", "Jan 2, 06").
 */
function assignNumbers(parts: DateParts): boolean {
  if (parts.numbers.length !== 2) return false;
  const [first, second] = parts.numbers as [string, string];
  const [day, year] = first.length > 2 ? [second, first] : [first, second];
  if (day.length > 2) return false;
  parts.day = +day;
  parts.year = fullYear(year);
  parts.numbers = [];
  return true;
}

/**
 * 2006-01-02 and 2006/01/02 are year first; 02.01.2006 is day first, as written where dots
 * are used. With slashes or dashes, day and month are told apart only when one exceeds 12:
 * 01/02/2006 is January in one country and February in another, and a wrong date is worse
 * than none.
 */
function readNumericDate(match: RegExpExecArray, parts: DateParts): boolean {
  const [, a, separator, b, c] = match as unknown as [string, string, string, string, string];
  if (a.length === 4) {
    Object.assign(parts, { year: +a, month: +b, day: +c });
    return c.length <= 2;
  }
  if (a.length > 2 || c.length === 1 || c.length === 3) return false;
  let dayFirst: boolean;
  if (separator === '.') dayFirst = true;
  else if (+a > 12 && +b <= 12) dayFirst = true;
  else if (+b > 12 && +a <= 12) dayFirst = false;
  else return false;
  Object.assign(parts, { year: fullYear(c), month: dayFirst ? +b : +a, day: dayFirst ? +a : +b });
  return true;
}

/** 12 AM is midnight and 12 PM noon; a 12-hour clock has no hour 0 or 13. */
function toDayHour(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (meridiem === 'p' ? 12 : 0);
}

/** Three digits of a fraction are milliseconds; more precision cannot be stored anyway. */
function milliseconds(fraction: string): number {
  return Number((fraction + '000').slice(0, 3));
}

/** Two-digit years (RFC 822) pivot at 50, as mail readers do. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** Minutes east of UTC; 0 when absent; undefined for a zone name we do not know. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const numeric = OFFSET.exec(zone);
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
  // Generators write a zero time for "no date" (Hugo and Go: 1 January of year 1); nothing a feed
  // carries was published before the web, so such a date is no date, not a 2,000-year-old post.
  if (year < EARLIEST_YEAR) return undefined;
  // A leap second is read as the last second of its minute.
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  // 31 February rolls over into March; a day that moved was not a real date.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const time = utc - offsetMinutes * 60_000;
  return Number.isSafeInteger(time) ? time : undefined;
}
