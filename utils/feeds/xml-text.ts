import { decodeEntities } from './entities';
import type { XmlElement } from './xml-reader';

/**
 * The value of an element or attribute as written in a feed: comments dropped, CDATA kept as
 * written, references decoded everywhere else, surrounding whitespace trimmed; undefined when
 * nothing is left. References are decoded as HTML text is, since feeds write `&nbsp;` and
 * `&eacute;` in XML that never declared them.
 */
export function xmlText(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  return decodeOutsideCdata(stripComments(raw)).trim() || undefined;
}

/** The trimmed text as written, references and all (JSON Feed's strings, Atom's XHTML). */
export function verbatim(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element === undefined ? [] : element.children.filter((child) => child.name === name);
}

/** The first child of that name's text: an empty first one does not give way to a later one. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const child = firstChild(element, name);
  return child === undefined ? undefined : xmlText(child.inner);
}

/** The texts of every child of that name that has any. */
export function childTexts(element: XmlElement | undefined, name: string): string[] {
  const texts: string[] = [];
  for (const child of childrenNamed(element, name)) {
    const text = xmlText(child.inner);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

export function attributeText(element: XmlElement | undefined, name: string): string | undefined {
  return xmlText(element?.attributes.get(name));
}

/** A reference needs its ';' somewhere after the '&'; without one there is nothing to decode. */
function mayHaveReferences(text: string): boolean {
  const amp = text.indexOf('&');
  return amp !== -1 && text.indexOf(';', amp) !== -1;
}

function decoded(text: string): string {
  return mayHaveReferences(text) ? decodeEntities(text) : text;
}

function stripComments(text: string): string {
  let at = text.indexOf('<!--');
  if (at === -1) return text;
  let out = '';
  let copied = 0;
  while (at !== -1) {
    const end = text.indexOf('-->', at + 4);
    // An unclosed comment is not one: the text stays as written.
    if (end === -1) return text;
    out += text.slice(copied, at);
    copied = end + 3;
    at = text.indexOf('<!--', copied);
  }
  return out + text.slice(copied);
}

function decodeOutsideCdata(text: string): string {
  let at = text.indexOf('<![CDATA[');
  if (at === -1) return decoded(text);
  let out = '';
  let copied = 0;
  while (at !== -1) {
    const end = text.indexOf(']]>', at + 9);
    // An unclosed CDATA section is not one either: everything is text to decode.
    if (end === -1) return decoded(text);
    out += decoded(text.slice(copied, at)) + text.slice(at + 9, end);
    copied = end + 3;
    at = text.indexOf('<![CDATA[', copied);
  }
  return out + decoded(text.slice(copied));
}
