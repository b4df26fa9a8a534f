import type { TextType } from './feed-text';
import { hasMarkup } from './html-to-text';

/**
 * Atom 0.3 says how a text construct is carried with `mode`: "xml" (inline, the default),
 * "escaped" (markup written with entities) or "base64".
 */
export interface AtomTextConstruct {
  value: string;
  type?: string;
  mode?: string;
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
  construct: AtomTextConstruct | undefined,
  untyped: 'text' | 'markup-if-any' = 'text',
): { value?: string; type: TextType } {
  let value = construct?.value;
  const mode = construct?.mode?.toLowerCase();
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
