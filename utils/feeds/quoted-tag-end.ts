/**
 * Index just past the '>' that closes a tag, scanning from inside it: a '>' inside a quoted
 * attribute value does not close the tag. -1 when no closing '>' comes before `limit`.
 * Shared by the XML reader and the HTML-to-text pass, which differ only in what they do then.
 */
export function quotedTagEnd(text: string, from: number, limit = text.length): number {
  let quote = 0;
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62 /* > */) {
      return i + 1;
    }
  }
  return -1;
}
