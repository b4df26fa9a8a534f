import { decodeEntities } from './html-entities';

/**
 * Plain text from the HTML-ish strings feeds put in titles and summaries. No DOM: this runs in
 * the service worker. The result is shown as text, never as markup, but a user must not see
 * `<p>` either, so no tag survives, however many times the feed escaped it.
 */

/**
 * Feeds carry whole articles; a summary needs the first few hundred characters. The cap keeps
 * a 5 MB post with inline images from costing more than its opening.
 */
const MAX_INPUT = 100_000;

/** Decoding rounds: Blogger escapes its HTML twice, and a feed that escapes once more still reads. */
const MAX_PASSES = 3;

/** Quoted attribute values may hold '>'; beyond this many characters we stop honouring quotes. */
const MAX_QUOTED_TAG = 2_000;

const TAG_START = /<(?:\/?[a-z]|[!?])/i;
const REFERENCE = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;
const LEFTOVER_TAG_START = /<+(?=\/?[a-z]|[!?])/gi;
// Tags that separate words when rendered; every other tag joins its neighbours ("don<em>'</em>t").
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hr img li main nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function htmlToText(html: string): string {
  let text = html.length > MAX_INPUT ? html.slice(0, MAX_INPUT) : html;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = decodeEntities(stripTags(text));
    // Another pass only for what an over-escaping feed leaves: markup, or references ("&amp;amp;").
    const settled = next === text || (!TAG_START.test(next) && !REFERENCE.test(next));
    text = next;
    if (settled) break;
  }
  // Markup the last decoding revealed is stripped too; whatever still opens a tag after that
  // (only tag soup such as "<<b>p>" gets here) loses its '<'.
  if (TAG_START.test(text)) text = stripTags(text).replace(LEFTOVER_TAG_START, '');
  return collapseWhitespace(text.replace(CONTROL_CHARS, ''));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * One linear scan: each '<' either starts a tag, which is skipped to its end, or is kept as
 * text ("a < b"). Regexes with `[^>]*` would rescan the rest of the string from every
 * unclosed '<', which a hostile feed can make quadratic.
 */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const tag = readTag(html, lt);
    if (tag === null) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (BLOCK_TAGS.has(tag.name)) out += ' ';
    i = RAW_TEXT_TAGS.has(tag.name) && !tag.closing ? skipRawText(html, tag.end, tag.name) : tag.end;
  }
  return out;
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

/** The tag starting at `lt`, or null when that '<' is just text. Unclosed tags run to the end. */
function readTag(html: string, lt: number): Tag | null {
  const next = html.charCodeAt(lt + 1);
  if (html.startsWith('<!--', lt)) return { name: '!--', closing: false, end: endAfter(html, '-->', lt + 4) };
  if (next === 33 /* ! */ || next === 63 /* ? */)
    return { name: '!', closing: false, end: endAfter(html, '>', lt + 2) };
  const closing = next === 47; /* / */
  const nameStart = closing ? lt + 2 : lt + 1;
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart;
  while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd]!)) nameEnd++;
  return { name: html.slice(nameStart, nameEnd).toLowerCase(), closing, end: tagEnd(html, nameEnd) };
}

function endAfter(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

function tagEnd(html: string, from: number): number {
  const limit = Math.min(html.length, from + MAX_QUOTED_TAG);
  let quote = 0;
  for (let i = from; i < limit; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62 /* > */) {
      return i + 1;
    }
  }
  return endAfter(html, '>', from);
}

/** Script and style bodies are code, not words: skip to the matching close tag, or the end. */
function skipRawText(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const match = close.exec(html);
  return match === null ? html.length : endAfter(html, '>', match.index);
}
