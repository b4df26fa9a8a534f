/**
 * Does every element close, and in order? fast-xml-parser does not check: a feed cut off
 * between two items parses as a shorter feed, and a stray close tag shifts the structure.
 * Real feeds break other XML rules all the time (a bare '&', a '<' in text, raw HTML in a
 * description), so only the structure is checked, in one linear scan: text elements are
 * skipped whole, as feedsmith reads them raw too.
 *
 * Returns null when the structure is sound, else what is wrong, as a phrase for a message.
 */

// Local names of the elements feeds fill with text or HTML, escaped or not.
const TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'summary',
  'content',
  'encoded',
  'subtitle',
]);

export function findNestingProblem(xml: string): string | null {
  const open: string[] = [];
  let sawElement = false;
  let i = xml.indexOf('<');
  while (i !== -1) {
    let end: number;
    if (xml.startsWith('<!--', i)) {
      end = after(xml, '-->', i + 4);
      if (end === -1) return 'a comment is never closed';
    } else if (xml.startsWith('<![CDATA[', i)) {
      end = after(xml, ']]>', i + 9);
      if (end === -1) return 'a CDATA section is never closed';
    } else if (xml.startsWith('<?', i)) {
      end = after(xml, '?>', i + 2);
      if (end === -1) return 'a processing instruction is never closed';
    } else if (xml.startsWith('<!', i)) {
      end = afterDeclaration(xml, i);
      if (end === -1) return 'the DOCTYPE is never closed';
    } else {
      const closing = xml[i + 1] === '/';
      const nameStart = closing ? i + 2 : i + 1;
      const name = readName(xml, nameStart);
      if (name === '') {
        end = i + 1; // a stray '<' in text: wrong, but common and harmless
      } else {
        const tagEnd = afterTag(xml, nameStart + name.length);
        if (tagEnd === -1) return `the <${shown(name)}> tag is never finished`;
        end = tagEnd;
        if (closing) {
          const expected = open.pop();
          if (expected === undefined) return `</${shown(name)}> closes nothing`;
          if (expected !== name) return `</${shown(name)}> appears where </${shown(expected)}> was expected`;
          // Whatever a server appends after the root (an analytics comment, a script) is not ours.
          if (open.length === 0) return null;
        } else {
          sawElement = true;
          const isEmptyElement = xml[tagEnd - 2] === '/';
          if (!isEmptyElement && TEXT_ELEMENTS.has(localName(name))) {
            end = afterClosingTag(xml, name, tagEnd);
            if (end === -1) return `it ends before its <${shown(name)}> element is closed`;
          } else if (!isEmptyElement) {
            open.push(name);
          }
        }
      }
    }
    i = xml.indexOf('<', end);
  }
  if (open.length > 0) return `it ends before its <${shown(open[open.length - 1]!)}> element is closed`;
  return sawElement ? null : 'it has no elements';
}

const NAME = /[A-Za-z_\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;

function readName(xml: string, from: number): string {
  NAME.lastIndex = from;
  return NAME.exec(xml)?.[0] ?? '';
}

/** Index just past the marker, or -1. */
function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length;
}

/** Attribute values may contain '>' inside quotes. */
function afterTag(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const char = xml[i];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return -1;
}

/** A DOCTYPE's internal subset, in brackets, holds declarations that contain '>'. */
function afterDeclaration(xml: string, from: number): number {
  const close = xml.indexOf('>', from);
  const bracket = xml.indexOf('[', from);
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = after(xml, ']', bracket);
    return subsetEnd === -1 ? -1 : after(xml, '>', subsetEnd);
  }
  return close === -1 ? -1 : close + 1;
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1).toLowerCase();
}

/** Index just past `</name>`, or -1 when the element never closes. */
function afterClosingTag(xml: string, name: string, from: number): number {
  const marker = `</${name}`;
  for (let at = xml.indexOf(marker, from); at !== -1; at = xml.indexOf(marker, at + 1)) {
    let i = at + marker.length;
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (xml[i] === '>') return i + 1;
  }
  return -1;
}

/** Names go into a message a person reads; a hostile one must not fill the screen. */
function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}\u2026` : name;
}
