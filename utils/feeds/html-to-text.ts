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
  // reference there is decoded as a character (one escaped once too often, "&amp;lt;", once
  // more), never read as markup, so `&lt;script&gt;` in a post about HTML reads "<script>".
  // Before that, the text may be a whole post escaped once more (Blogger), and decoding it
  // reveals its markup.
  let readMarkup = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let stripped = text;
    if (pass === 0) stripped = stripAllMarkup(text, 'written');
    else if (!readMarkup && looksLikeEscapedPost(text)) stripped = stripAllMarkup(text, 'revealed');
    readMarkup ||= stripped !== text;
    const next = stripped.includes('&') ? decodeEntities(stripped) : stripped;
    const changed = next !== text;
    text = next;
    // Another pass only for what an over-escaping feed leaves: markup, or references ("&amp;amp;").
    if (!changed || (!MAYBE_MARKUP.test(text) && !REFERENCE.test(text))) break;
  }
  // Past the last pass, markup that decoding revealed in a post escaped once too often goes too.
  if (!readMarkup && MAYBE_MARKUP.test(text) && looksLikeEscapedPost(text)) text = stripAllMarkup(text, 'revealed');
  return tidyText(text);
}

/**
 * Markup as the feed wrote it, or as decoding revealed it. Written markup that opens a script
 * and never closes it hides the rest, as a browser would; in revealed markup an unclosed
 * `<script>` is more likely a word than a script, and only the tag goes.
 */
type MarkupSource = 'written' | 'revealed';

/**
 * Markup stripped, and then tag soup such as "<<b>p>" that stripping joined up into a tag;
 * whatever still opens an element after that loses its '<'.
 */
function stripAllMarkup(html: string, source: MarkupSource): string {
  let text = stripMarkup(html, source);
  if (text === html || !MAYBE_MARKUP.test(text) || !hasMarkup(text)) return text;
  text = stripMarkup(text, source);
  return hasMarkup(text) ? text.replace(LEFTOVER_TAG_START, '') : text;
}

/**
 * Whether tags that decoding revealed are a post's markup escaped once more, or the author's
 * words about markup ("The <dialog> element", "Put <script> before </body>"). An escaped post
 * closes an element it opened, or gives one an attribute with a value; one tag alone, a bare
 * attribute or a closing tag with no opening one is someone writing about HTML. One pass: each
 * tag is read once, and an unclosed one ends the search (nothing after it is a tag).
 */
function looksLikeEscapedPost(text: string): boolean {
  const scan = new Scanner(text);
  const opened = new Set<string>();
  let lt = text.indexOf('<');
  while (lt !== -1) {
    const tag = scan.tagAt(lt);
    if (tag === null) {
      lt = text.indexOf('<', lt + 1);
      continue;
    }
    if (text.charCodeAt(tag.end - 1) !== 62 /* > */) return false;
    if (tag.closing ? opened.has(tag.name) : hasAttributeValue(text, tag.nameEnd, tag.end)) return true;
    if (!tag.closing) opened.add(tag.name);
    lt = text.indexOf('<', tag.end);
  }
  return false;
}

/** An '=' between a tag's name and its end: `<a href="…">`, not `<script defer>`. */
function hasAttributeValue(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 61 /* = */) return true;
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
function stripMarkup(html: string, source: MarkupSource): string {
  const scan = new Scanner(html);
  const unclosed: UnclosedRawText = new Map();
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
    i = RAW_TEXT_TAGS.has(tag.name) && !tag.closing ? skipRawText(html, tag.end, tag.name, source, unclosed) : tag.end;
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
  /** Where the name ends and its attributes, if any, begin. */
  nameEnd: number;
  end: number;
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
      return { name: '!--', closing: false, nameEnd: lt + 4, end: endAfter(html, '-->', lt + 4) };
    if (next === 33 /* ! */ || next === 63 /* ? */)
      return { name: '!', closing: false, nameEnd: lt + 2, end: endAfter(html, '>', lt + 2) };
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
    return { name, closing, nameEnd, end: tagEnd(html, nameEnd) };
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

/**
 * Script and style bodies are code, not words: skip to the matching close tag. Without one,
 * written markup hides the rest and revealed markup loses only the tag (MarkupSource).
 */
function skipRawText(
  html: string,
  from: number,
  name: string,
  source: MarkupSource,
  unclosed: UnclosedRawText,
): number {
  const searched = unclosed.get(name);
  if (searched === undefined || from < searched) {
    const close = new RegExp(`</${name}[\\s/>]`, 'gi');
    close.lastIndex = from;
    const match = close.exec(html);
    if (match !== null) return endAfter(html, '>', match.index);
    unclosed.set(name, from);
  }
  return source === 'written' ? html.length : from;
}

/**
 * Where a search for an element's close tag found none, by name: no later search can find
 * one either, so a flood of unclosed `<script>` tags costs one scan, not one each.
 */
type UnclosedRawText = Map<string, number>;
