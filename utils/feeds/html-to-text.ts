import { decodeEntities } from './entities';
import { isElementName, MAX_ELEMENT_NAME } from './html-elements';
import { quotedTagEnd } from './quoted-tag-end';

/**
 * Plain text from the HTML feeds put in titles and summaries. No DOM: this runs in the service
 * worker. The result is shown as text, never as markup. Only real elements are markup here:
 * `Why Arc<Mutex<T>> is slow` and `a < b` are what the author wrote and stay as written, while
 * `<p>` and `<script>` go, however many times the feed escaped them.
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

const MAYBE_MARKUP = /<[A-Za-z/!?]/;
/**
 * Runs of whitespace, and lone whitespace other than a space: each becomes one space. A lone
 * space already is one, and leaving it alone makes this several times faster than /\s+/ on prose.
 */
const WHITESPACE_TO_TIDY = /\s{2,}|[^\S ]/g;
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

/**
 * `Option<A>`, `Future<Output>`, `List<Data>`: a type name that is also an element's name reads
 * as text when it is written like a type (capitalised, no attributes) and nothing closes it.
 * Not for elements that run code, embed, or hide what follows.
 */
const TYPE_LIKE = /^(?:[ABIQSU]|[A-Z][a-z][A-Za-z0-9]*)$/;
const NEVER_TEXT: ReadonlySet<string> = new Set(
  (
    'applet audio base body details embed form frame frameset head html iframe image img input link ' +
    'marquee math meta noembed noframes noscript object plaintext script source style svg template ' +
    'textarea title video xmp'
  ).split(' '),
);

export function htmlToText(html: string): string {
  let text = clipInput(html);
  // Once real markup has been read, the text between its tags is what the author wrote: a
  // reference there is a character, so `&lt;script&gt;` in a post about HTML reads "<script>"
  // and is never taken for an element. Before that, the text may be a whole post escaped once
  // more (Blogger), and decoding it reveals its markup.
  let readMarkup = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let stripped = text;
    if (!readMarkup && (pass === 0 || looksLikeEscapedMarkup(text))) {
      stripped = stripAllMarkup(text);
      readMarkup = stripped !== text;
    }
    const next = stripped.includes('&') ? decodeEntities(stripped) : stripped;
    const changed = next !== text;
    text = next;
    // Another pass only for what an over-escaping feed leaves: markup, or references ("&amp;amp;").
    if (!changed || (!MAYBE_MARKUP.test(text) && !REFERENCE.test(text))) break;
  }
  // Past the last pass, markup that decoding revealed in a post escaped once too often goes too.
  if (!readMarkup && MAYBE_MARKUP.test(text) && looksLikeEscapedMarkup(text)) text = stripAllMarkup(text);
  return tidyText(text);
}

/**
 * Markup stripped, and then tag soup such as "<<b>p>" that stripping joined up into a tag;
 * whatever still opens an element after that loses its '<'.
 */
function stripAllMarkup(html: string): string {
  let text = stripMarkup(html);
  if (text === html || !MAYBE_MARKUP.test(text) || !hasMarkup(text)) return text;
  text = stripMarkup(text);
  return hasMarkup(text) ? text.replace(LEFTOVER_TAG_START, '') : text;
}

/**
 * Whether tags that decoding revealed are a post's markup escaped once more, or the author's
 * words about markup ("The <dialog> element"). Escaped posts close their elements, give them
 * attributes, carry comments or open with a paragraph; a lone bare tag inside a sentence is
 * someone writing about HTML.
 */
function looksLikeEscapedMarkup(text: string): boolean {
  const scan = new Scanner(text);
  const opening = text.length - text.trimStart().length;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const tag = scan.tagAt(lt);
    if (tag === null) continue;
    if (tag.closing || tag.name.startsWith('!') || !tag.bare) return true;
    if (lt === opening && BLOCK_TAGS.has(tag.name)) return true;
  }
  return false;
}

/** What every field gets, markup or not: no control characters, one space between words. */
export function tidyText(text: string): string {
  return dropControls(text).replace(WHITESPACE_TO_TIDY, ' ').trim();
}

/** C0 controls other than tab, line feed and carriage return, and DEL: invisible, or worse. */
function dropControls(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

export function clipInput(text: string): string {
  return text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where a tag name ends in HTML: whitespace, '/' or '>'. */
function endsName(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 47 || code === 62;
}

/**
 * One linear scan: each '<' either starts markup, which is skipped to its end, or is kept as
 * text ("a < b", "Vec<T>"). Regexes with `[^>]*` would rescan the rest of the string from every
 * unclosed '<', which a hostile feed can make quadratic.
 */
function stripMarkup(html: string): string {
  const scan = new Scanner(html);
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const tag = scan.tagAt(lt);
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

/** True when the text holds a real element's tag, a comment or a declaration. */
export function hasMarkup(text: string): boolean {
  const scan = new Scanner(text);
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    if (scan.tagAt(lt) !== null) return true;
  }
  return false;
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
  /** Nothing between the name and the '>': no attributes. */
  bare: boolean;
}

class Scanner {
  /** Lower-cased names of every closing tag in the text, found once and only when needed. */
  private closers: Set<string> | undefined;

  constructor(private readonly html: string) {}

  /** The markup starting at `lt`, or null when that '<' is just text. Unclosed tags run to the end. */
  tagAt(lt: number): Tag | null {
    const html = this.html;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt))
      return { name: '!--', closing: false, end: endAfter(html, '-->', lt + 4), bare: false };
    if (next === 33 /* ! */ || next === 63 /* ? */)
      return { name: '!', closing: false, end: endAfter(html, '>', lt + 2), bare: false };
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
    // Bounded, so that a run of '<' without spaces costs no more than its length.
    const limit = Math.min(html.length, nameStart + MAX_ELEMENT_NAME + 1);
    let nameEnd = nameStart;
    while (nameEnd < limit && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd - nameStart > MAX_ELEMENT_NAME) return null;
    const written = html.slice(nameStart, nameEnd);
    if (!isElementName(written)) return null;
    const name = written.toLowerCase();
    if (!closing && html.charCodeAt(nameEnd) === 62 && this.readsAsType(written, name)) return null;
    return { name, closing, end: tagEnd(html, nameEnd), bare: html.charCodeAt(nameEnd) === 62 };
  }

  private readsAsType(written: string, name: string): boolean {
    if (!TYPE_LIKE.test(written) || NEVER_TEXT.has(name)) return false;
    if (this.closers === undefined) {
      this.closers = new Set();
      for (const match of this.html.matchAll(/<\/([A-Za-z][^\s/>]{0,24})/g)) this.closers.add(match[1]!.toLowerCase());
    }
    return !this.closers.has(name);
  }
}

function endAfter(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

function tagEnd(html: string, from: number): number {
  const end = quotedTagEnd(html, from, Math.min(html.length, from + MAX_QUOTED_TAG));
  return end === -1 ? endAfter(html, '>', from) : end;
}

/** Script and style bodies are code, not words: skip to the matching close tag, or the end. */
function skipRawText(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const match = close.exec(html);
  return match === null ? html.length : endAfter(html, '>', match.index);
}
