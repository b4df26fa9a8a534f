import { xmlText } from './xml-text';

/**
 * The person's name in an RSS <author>, which RSS 2.0 meant as an email address and feeds fill
 * every way: "jane@example.com (Jane Doe)", "Jane Doe <jane@example.com>", "Jane Doe",
 * "mailto:jane@example.com". Only the name is wanted; an address alone has none.
 */

const EMAIL = /^[^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+$/;
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)[^\s]+\.[^\s]+$/;
const BRACKETS = /[<[(]/;
const EDGE_SEPARATORS = /^[\s,\-|/:;]+|[\s,\-|/:;]+$/g;

function withoutMailto(value: string): string {
  const stripped = value.replace(/^mailto:/i, '');
  return stripped === value ? stripped : stripped.replace(/\?.*$/, '');
}

export function rssAuthorName(raw: string): string | undefined {
  const address = withoutMailto(raw);
  if (WEB_ADDRESS.test(address) || EMAIL.test(address)) return undefined;
  return BRACKETS.test(raw) ? bracketedName(raw) : unbracketedName(raw);
}

/** "Jane Doe jane@example.com": the words that are neither the first address nor the first link. */
function unbracketedName(raw: string): string | undefined {
  if (!raw.includes('@') && !raw.includes('://') && !raw.includes('www.')) return raw;
  let email = false;
  let link = false;
  const words: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (WEB_ADDRESS.test(word) && !link) link = true;
    else if (EMAIL.test(withoutMailto(word)) && !email) email = true;
    else words.push(word);
  }
  if (!email && !link) return raw;
  return xmlText(words.join(' ').replace(EDGE_SEPARATORS, ''));
}

const CLOSE: Readonly<Record<string, string>> = { '<': '>', '(': ')', '[': ']' };

/** "jane@example.com (Jane Doe)", "Jane Doe <jane@example.com>": brackets around one or the other. */
function bracketedName(raw: string): string | undefined {
  const parts: string[] = [];
  let email = false;
  let link = false;
  let unbracketed = false;
  let i = 0;
  while (i < raw.length) {
    const open = raw[i]!;
    let chunk: string | undefined;
    let bracketed = false;
    if (CLOSE[open] !== undefined) {
      let depth = 1;
      let end = i + 1;
      while (end < raw.length && depth > 0) {
        if (raw[end] === open) depth++;
        else if (raw[end] === CLOSE[open]) depth--;
        end++;
      }
      if (depth === 0) {
        bracketed = true;
        chunk = xmlText(raw.slice(i + 1, end - 1));
        i = end;
      } else {
        const start = i;
        i = nextBracket(raw, i + 1);
        chunk = xmlText(raw.slice(start, i));
      }
    } else {
      const start = i;
      i = nextBracket(raw, i);
      chunk = xmlText(raw.slice(start, i));
    }
    if (!chunk) continue;
    if (WEB_ADDRESS.test(chunk) && !link) link = true;
    else if (EMAIL.test(withoutMailto(chunk)) && !email) email = true;
    else if (bracketed) parts.push(unbracketed ? `${open}${chunk}${CLOSE[open]}` : chunk);
    else {
      unbracketed = true;
      parts.push(chunk);
    }
  }
  return xmlText(parts.join(' '));
}

function nextBracket(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && CLOSE[raw[i]!] === undefined) i++;
  return i;
}
