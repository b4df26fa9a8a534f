import { DOUBLE, LEGACY, SINGLE } from './entity-table';
import { windows1252ForC1 } from './windows-1252';

/**
 * Character references decoded as HTML does, without a DOM (this runs in the service worker).
 * Three modes, as the HTML specification has them:
 * - 'legacy' (text): the 106 old names also count without a semicolon, as a prefix
 *   ("&copy2024" is "©2024"), and numeric references need no semicolon either;
 * - 'attribute': the same, except an old name right before a letter, digit or '=' stays as
 *   written, so "?a=1&copy=2" in a URL is not mangled;
 * - 'strict': every reference needs its semicolon.
 * Anything that is not a reference stays as written: "AT&T", "a && b", "&unknown;".
 */
export type DecodeMode = 'legacy' | 'attribute' | 'strict';

/** Longest legacy name ("frac12", "middot"…): a prefix is looked for in at most this many characters. */
const LONGEST_LEGACY = 6;
/** Longer than any name in the table ("CounterClockwiseContourIntegral" is 31). */
const LONGEST_NAME = 32;

let names: Map<string, string> | undefined;
let legacy: ReadonlySet<string> | undefined;

/** The table is unpacked on the first named reference: most feed text has none beyond the five XML ones. */
function table(): Map<string, string> {
  if (names !== undefined) return names;
  names = new Map();
  let code = 0;
  for (const entry of SINGLE.split(',')) {
    const dot = entry.indexOf('.');
    if (dot !== -1) {
      code += parseInt(entry.slice(dot + 1), 36);
      names.set(entry.slice(0, dot), String.fromCodePoint(code));
    } else if (entry.endsWith('=')) {
      names.set(entry.slice(0, -1), String.fromCodePoint(code));
    } else {
      code += 1;
      names.set(entry, String.fromCodePoint(code));
    }
  }
  for (const entry of DOUBLE.split(',')) {
    const [name, ...codes] = entry.split('.');
    names.set(name!, String.fromCodePoint(...codes.map((part) => parseInt(part, 36))));
  }
  legacy = new Set(LEGACY.split(' '));
  return names;
}

/** A Map, not an object literal: "&constructor;" must not find Object.prototype.constructor. */
const BASIC: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function named(name: string): string | undefined {
  return BASIC.get(name) ?? table().get(name);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** What a numeric reference stands for: HTML's replacements for NUL, surrogates, C1 and out-of-range values. */
function fromNumber(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  if (value >= 0x80 && value <= 0x9f) return windows1252ForC1(value);
  return String.fromCodePoint(value);
}

export function decodeEntities(text: string, mode: DecodeMode = 'legacy'): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let copied = 0;
  while (amp !== -1) {
    const found = referenceAt(text, amp + 1, mode);
    if (found !== null) {
      out += text.slice(copied, amp) + found.value;
      copied = found.end;
    }
    amp = text.indexOf('&', found === null ? amp + 1 : found.end);
  }
  return out + text.slice(copied);
}

/** The reference whose name starts at `from` (just past '&'), or null when there is none. */
function referenceAt(text: string, from: number, mode: DecodeMode): { value: string; end: number } | null {
  if (text.charCodeAt(from) === 35 /* # */) return numericAt(text, from + 1, mode);
  let end = from;
  const limit = Math.min(text.length, from + LONGEST_NAME + 1);
  while (end < limit && isAlphanumeric(text.charCodeAt(end))) end++;
  if (end === from) return null;
  if (text.charCodeAt(end) === 59 /* ; */) {
    const value = named(text.slice(from, end));
    if (value !== undefined) return { value, end: end + 1 };
  }
  if (mode === 'strict') return null;
  // An old name without its semicolon: the longest one the text starts with.
  table();
  for (let length = Math.min(LONGEST_LEGACY, end - from); length > 1; length--) {
    const name = text.slice(from, from + length);
    if (!legacy!.has(name)) continue;
    const next = text.charCodeAt(from + length);
    if (mode === 'attribute' && (isAlphanumeric(next) || next === 61) /* = */) return null;
    return { value: named(name)!, end: from + length };
  }
  return null;
}

function numericAt(text: string, from: number, mode: DecodeMode): { value: string; end: number } | null {
  const hex = text.charCodeAt(from) === 120 || text.charCodeAt(from) === 88; /* x X */
  const start = hex ? from + 1 : from;
  let end = start;
  let value = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (hex ? !isHexDigit(code) : code < 48 || code > 57) break;
    // Past the last code point the value only needs to stay out of range, not exact.
    if (value <= 0x10ffff) value = value * (hex ? 16 : 10) + parseInt(text[end]!, 16);
    end++;
  }
  if (end === start) return null;
  if (text.charCodeAt(end) === 59 /* ; */) return { value: fromNumber(value), end: end + 1 };
  return mode === 'strict' ? null : { value: fromNumber(value), end };
}
