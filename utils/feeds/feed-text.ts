import { decodeEntities } from './entities';
import { clipInput, htmlToText, tidyText } from './html-to-text';

/**
 * How a feed means a piece of text. RSS titles and descriptions, Atom `type="html"` and
 * `type="xhtml"`, and JSON Feed's content_html are markup; Atom `type="text"` (the default) and
 * JSON Feed's title, summary and content_text are text, where `<` is only ever a character.
 */
export type TextType = 'html' | 'text';

const REFERENCE = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

export function feedText(value: string | undefined, type: TextType): string {
  if (value === undefined || value === '') return '';
  return type === 'html' ? htmlToText(value) : plainText(value);
}

/**
 * Text as the feed wrote it. A reference left in text ("AT&amp;T", "Vec&lt;T&gt;") means the
 * feed escaped its text twice: it is decoded once more, and nothing is ever stripped.
 */
export function plainText(text: string): string {
  const clipped = clipInput(text);
  return tidyText(REFERENCE.test(clipped) ? decodeEntities(clipped, 'strict') : clipped);
}
