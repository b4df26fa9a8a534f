import { decodeHTML } from 'entities';
import type { TextType } from './feed-text';
import { hasMarkup } from './html-to-text';

/**
 * Atom 0.3 says how a text construct is carried with `mode`: "xml" (inline, the default),
 * "escaped" (markup written with entities) or "base64". Feedsmith hands over the value without
 * the mode, so the few elements that carry one are found in the source, keyed by the value
 * feedsmith will report for them.
 */
export type LegacyModes = ReadonlyMap<string, 'escaped' | 'base64'>;

const MODED_ELEMENT =
  /<((?:[A-Za-z_][\w.-]*:)?(?:title|summary|content|tagline))\s[^>]*?\bmode\s*=\s*["'](escaped|base64)["'](?:[^>]*[^>/])?>([\s\S]*?)<\/\1\s*>/g;

/** Called on a well-formed document only, so every element found here has its end tag. */
export function legacyModes(xml: string): LegacyModes | undefined {
  if (!xml.includes('mode=')) return undefined;
  const modes = new Map<string, 'escaped' | 'base64'>();
  for (const [, , mode, inner] of xml.matchAll(MODED_ELEMENT)) {
    const key = valueOf(inner!);
    if (key !== '') modes.set(key, mode as 'escaped' | 'base64');
  }
  return modes.size > 0 ? modes : undefined;
}

/** What feedsmith makes of an element's content: CDATA kept as written, the rest decoded. */
function valueOf(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    const start = inner.indexOf('<![CDATA[', i);
    if (start === -1) {
      out += decodeHTML(inner.slice(i));
      break;
    }
    const end = inner.indexOf(']]>', start + 9);
    if (end === -1) return decodeHTML(inner).trim();
    out += decodeHTML(inner.slice(i, start)) + inner.slice(start + 9, end);
    i = end + 3;
  }
  return out.trim();
}

/**
 * An Atom text construct's value and how to read it. Atom 1.0 types are text (the default),
 * html and xhtml; Atom 0.3 types are media types (text/plain by default), and its escaped
 * content without a type is markup in practice: that is why it was escaped. A declared
 * type="text" is always text. A summary or content with no type at all that holds real HTML
 * elements is read as HTML, since that is what a feed forgetting type="html" looks like;
 * an untyped title stays text, where `Vec<T>` is far likelier than markup.
 */
export function atomText(
  construct: { value?: string; type?: string } | undefined,
  modes: LegacyModes | undefined,
  untyped: 'text' | 'markup-if-any' = 'text',
): { value?: string; type: TextType } {
  let value = construct?.value;
  const mode = value === undefined ? undefined : modes?.get(value);
  const type = construct?.type?.toLowerCase();
  if (mode === 'base64') value = fromBase64(value!);
  if (type !== undefined) return { value, type: /html/.test(type) ? 'html' : 'text' };
  if (mode === 'escaped') return { value, type: 'html' };
  const looksLikeHtml = untyped === 'markup-if-any' && value !== undefined && hasMarkup(value);
  return { value, type: looksLikeHtml ? 'html' : 'text' };
}

function fromBase64(value: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    // Not base64 after all: show what the feed wrote.
    return value;
  }
}
