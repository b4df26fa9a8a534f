/**
 * A small XML reader for feeds and OPML: one linear scan into a tree of elements, no DOM (this
 * runs in the service worker). It is forgiving where real feeds break XML (a bare '&', a '<'
 * in text, raw HTML in a description) and strict where breakage loses items (an element that
 * never closes, a stray close tag). It never expands a DOCTYPE's entities, so "billion laughs"
 * costs nothing, and it bounds nesting and the number of elements.
 *
 * Text elements (title, description, summary, content, content:encoded, subtitle) are kept
 * whole, as written, markup and all: their meaning depends on the feed format, decided later.
 */
import { quotedTagEnd } from './quoted-tag-end';

export interface XmlElement {
  /** Lower-cased; a known namespace's element carries its usual prefix (`dc:creator`), whatever the feed named it. */
  readonly name: string;
  /** Lower-cased names the same way; values as written, before references are decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Everything between the start and end tags, as written. */
  readonly inner: string;
}

/** `limit` is set when the document may be sound but is beyond what the reader agrees to walk. */
export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; problem: string; limit?: true };

export interface XmlReadOptions {
  /** Canonical prefixes of the document's own vocabulary: their elements are named without a prefix. */
  primary?: readonly string[];
}

/** Far deeper than any feed or OPML file nests; deeper input is refused rather than walked. */
export const MAX_DEPTH = 256;
/** A 5,000-item feed has about 60,000 elements. */
export const MAX_ELEMENTS = 500_000;

/** Local names of the elements feeds fill with text or HTML, escaped or not. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'summary',
  'content',
  'encoded',
  'subtitle',
]);

/** The namespaces whose elements feeds use, keyed by their URI without scheme or trailing slash. */
const NAMESPACES: ReadonlyMap<string, string> = new Map([
  ['purl.org/dc/elements/1.1', 'dc'],
  ['purl.org/dc/elements/1.0', 'dc'],
  ['dublincore.org/documents/dcmi-namespace', 'dc'],
  ['purl.org/rss/1.0/modules/content', 'content'],
  ['www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['www.w3.org/2005/atom', 'atom'],
  ['purl.org/atom/ns#', 'atom'],
  ['purl.org/rss/1.0', 'rss'],
  ['rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
  ['search.yahoo.com/mrss', 'media'],
]);

class Element implements XmlElement {
  readonly children: XmlElement[] = [];
  end = -1;

  constructor(
    readonly name: string,
    readonly attributes: ReadonlyMap<string, string>,
    private readonly source: string,
    readonly start: number,
  ) {}

  get inner(): string {
    return this.end === -1 ? '' : this.source.slice(this.start, this.end);
  }
}

type Prefixes = ReadonlyMap<string, string>;

interface Open {
  element: Element;
  written: string;
  prefixes: Prefixes;
}

class ReadError extends Error {
  readonly limit: boolean;

  constructor(message: string, limit = false) {
    super(message);
    this.limit = limit;
  }
}

export function readXml(xml: string, options: XmlReadOptions = {}): XmlReadResult {
  try {
    const root = new Reader(xml, new Set(options.primary ?? [])).read();
    return { ok: true, root };
  } catch (error) {
    if (error instanceof ReadError) {
      return error.limit ? { ok: false, problem: error.message, limit: true } : { ok: false, problem: error.message };
    }
    throw error;
  }
}

class Reader {
  private readonly open: Open[] = [];
  private root: Element | undefined;
  private elements = 0;

  constructor(
    private readonly xml: string,
    private readonly primary: ReadonlySet<string>,
  ) {}

  read(): Element {
    const xml = this.xml;
    let i = xml.indexOf('<');
    while (i !== -1) {
      let end: number;
      if (xml.startsWith('<!--', i)) {
        end = after(xml, '-->', i + 4, 'a comment is never closed');
      } else if (xml.startsWith('<![CDATA[', i)) {
        end = after(xml, ']]>', i + 9, 'a CDATA section is never closed');
      } else if (xml.startsWith('<?', i)) {
        end = after(xml, '?>', i + 2, 'a processing instruction is never closed');
      } else if (xml.startsWith('<!', i)) {
        // A DOCTYPE: its entity declarations are never read, let alone expanded.
        end = afterDeclaration(xml, i);
      } else {
        const closing = xml.charCodeAt(i + 1) === 47; /* / */
        const nameStart = closing ? i + 2 : i + 1;
        const name = readName(xml, nameStart);
        if (name === '') {
          end = i + 1; // a stray '<' in text: wrong, but common and harmless
        } else {
          const tagEnd = quotedTagEnd(xml, nameStart + name.length);
          if (tagEnd === -1) throw new ReadError(`the <${shown(name)}> tag is never finished`);
          end = closing ? this.close(name, i, tagEnd) : this.start(name, nameStart + name.length, tagEnd);
          if (end === -1) return this.root!;
        }
      }
      i = xml.indexOf('<', end);
    }
    const last = this.open[this.open.length - 1];
    if (last !== undefined) throw new ReadError(`it ends before its <${shown(last.written)}> element is closed`);
    throw new ReadError('it has no elements');
  }

  /** Index to go on from; -1 once the root element is closed. */
  private start(written: string, attributesStart: number, tagEnd: number): number {
    const xml = this.xml;
    const isEmpty = xml.charCodeAt(tagEnd - 2) === 47; /* / */
    const parent = this.open[this.open.length - 1];
    if (++this.elements > MAX_ELEMENTS) {
      throw new ReadError(`it has more than ${MAX_ELEMENTS.toLocaleString('en')} elements`, true);
    }
    if (this.open.length >= MAX_DEPTH) throw new ReadError(`its elements nest more than ${MAX_DEPTH} deep`, true);
    const raw = readAttributes(xml, attributesStart, isEmpty ? tagEnd - 2 : tagEnd - 1);
    const prefixes = declaredPrefixes(raw, parent?.prefixes);
    const attributes = new Map<string, string>();
    for (const [name, value] of raw) {
      const resolved = this.resolve(name, prefixes);
      if (!attributes.has(resolved)) attributes.set(resolved, value);
    }
    const element = new Element(this.resolve(written, prefixes), attributes, xml, tagEnd);
    if (parent === undefined) this.root = element;
    else parent.element.children.push(element);
    if (isEmpty) {
      element.end = tagEnd;
      return parent === undefined ? -1 : tagEnd;
    }
    if (TEXT_ELEMENTS.has(localName(written))) {
      const close = closingTag(xml, written, tagEnd);
      if (close === -1) throw new ReadError(`it ends before its <${shown(written)}> element is closed`);
      element.end = close.at;
      return parent === undefined ? -1 : close.end;
    }
    this.open.push({ element, written, prefixes });
    return tagEnd;
  }

  private close(written: string, at: number, tagEnd: number): number {
    const expected = this.open.pop();
    if (expected === undefined) throw new ReadError(`</${shown(written)}> closes nothing`);
    if (expected.written !== written) {
      throw new ReadError(`</${shown(written)}> appears where </${shown(expected.written)}> was expected`);
    }
    expected.element.end = at;
    // Whatever a server appends after the root (an analytics comment, a script) is not ours.
    return this.open.length === 0 ? -1 : tagEnd;
  }

  /**
   * `Atom:Link` in an Atom document is `link`, `rdf:about` in RSS 1.0 is `about`, `DC:Creator` is
   * `dc:creator` whatever prefix the feed bound to Dublin Core.
   */
  private resolve(written: string, prefixes: Prefixes): string {
    const lowered = written.toLowerCase();
    const colon = lowered.indexOf(':');
    if (colon === -1) return lowered;
    const prefix = lowered.slice(0, colon);
    if (prefix === 'xml' || prefix === 'xmlns') return lowered;
    const canonical = prefixes.get(prefix) ?? prefix;
    const local = lowered.slice(colon + 1);
    return this.primary.has(canonical) ? local : `${canonical}:${local}`;
  }
}

/** The scope's prefixes with this element's declarations added; the parent's map when it has none. */
function declaredPrefixes(attributes: readonly [string, string][], inherited: Prefixes | undefined): Prefixes {
  let prefixes: Map<string, string> | undefined;
  for (const [name, value] of attributes) {
    if (name.length <= 6 || name.slice(0, 6).toLowerCase() !== 'xmlns:') continue;
    const canonical = NAMESPACES.get(
      value
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/$/, ''),
    );
    prefixes ??= new Map(inherited);
    const prefix = name.slice(6).toLowerCase();
    if (canonical === undefined) prefixes.delete(prefix);
    else prefixes.set(prefix, canonical);
  }
  return prefixes ?? inherited ?? EMPTY;
}

const EMPTY: Prefixes = new Map();

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function readAttributes(xml: string, from: number, to: number): [string, string][] {
  const found: [string, string][] = [];
  if (from >= to) return found;
  const text = xml.slice(from, to);
  if (!/\S/.test(text)) return found;
  for (const match of text.matchAll(ATTRIBUTE)) found.push([match[1]!, match[2] ?? match[3] ?? match[4] ?? '']);
  return found;
}

const NAME = /[A-Za-z_\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;

function readName(xml: string, from: number): string {
  NAME.lastIndex = from;
  return NAME.exec(xml)?.[0] ?? '';
}

/** `rdf:RDF` -> `rdf`: prefixes are the author's choice. */
function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1).toLowerCase();
}

/** Index just past the marker, or a ReadError with the problem. */
function after(xml: string, marker: string, from: number, problem: string): number {
  const at = xml.indexOf(marker, from);
  if (at === -1) throw new ReadError(problem);
  return at + marker.length;
}

/** A DOCTYPE's internal subset, in brackets, holds declarations that contain '>'. */
function afterDeclaration(xml: string, from: number): number {
  const close = xml.indexOf('>', from);
  const bracket = xml.indexOf('[', from);
  const problem = 'the DOCTYPE is never closed';
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    return after(xml, '>', after(xml, ']', bracket, problem), problem);
  }
  if (close === -1) throw new ReadError(problem);
  return close + 1;
}

/** Where `</name>` starts and ends, or -1 when the element never closes. */
function closingTag(xml: string, name: string, from: number): { at: number; end: number } | -1 {
  const marker = `</${name}`;
  for (let at = xml.indexOf(marker, from); at !== -1; at = xml.indexOf(marker, at + 1)) {
    let i = at + marker.length;
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) === 62 /* > */) return { at, end: i + 1 };
  }
  return -1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Names go into a message a person reads; a hostile one must not fill the screen. */
function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}\u2026` : name;
}
