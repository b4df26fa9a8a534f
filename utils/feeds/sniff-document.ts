/**
 * What kind of document a response body is, from its first element, before any parser runs.
 * Feedsmith's own detection searches the whole text for `<rss` and the like, so an HTML page
 * that mentions RSS could pass for a feed; the root element cannot.
 */

export type SniffedDocument =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'html' }
  | { kind: 'text' }
  /** `root` is the qualified name as written (`rdf:RDF`); '' when no element was found. */
  | { kind: 'xml'; root: string };

const HTML_ROOTS: ReadonlySet<string> = new Set(['html', 'head', 'body']);
const ELEMENT_NAME = /[A-Za-z_][\w.:-]*/y;

export function sniffDocument(text: string): SniffedDocument {
  let i = skipSpace(text, 0);
  if (i === text.length) return { kind: 'empty' };
  const first = text[i];
  if (first === '{' || first === '[') return { kind: 'json' };
  if (first !== '<') return { kind: 'text' };

  while (i < text.length && text[i] === '<') {
    if (text.startsWith('<?', i)) {
      i = after(text, '?>', i + 2);
    } else if (text.startsWith('<!--', i)) {
      i = after(text, '-->', i + 4);
    } else if (text.startsWith('<!', i)) {
      if (/^<!doctype\s+html\b/i.test(text.slice(i, i + 20))) return { kind: 'html' };
      i = afterDoctype(text, i);
    } else {
      ELEMENT_NAME.lastIndex = i + 1;
      const root = ELEMENT_NAME.exec(text)?.[0] ?? '';
      return HTML_ROOTS.has(localName(root)) ? { kind: 'html' } : { kind: 'xml', root };
    }
    i = skipSpace(text, i);
  }
  return { kind: 'xml', root: '' };
}

/** `rdf:RDF` -> `rdf`: prefixes are the author's choice, and element names are matched loosely. */
export function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1).toLowerCase();
}

function skipSpace(text: string, from: number): number {
  let i = from;
  // U+FEFF: a byte order mark that survived decoding, or came with a string body.
  while (i < text.length && /[\s\ufeff]/.test(text[i]!)) i++;
  return i;
}

function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

/** A DOCTYPE may carry an internal subset in brackets, whose declarations contain '>'. */
function afterDoctype(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const bracket = text.indexOf('[', from);
  const hasSubset = bracket !== -1 && (close === -1 || bracket < close);
  return after(text, '>', hasSubset ? after(text, ']', bracket) : from);
}
