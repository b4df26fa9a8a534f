/**
 * Shortening plain text for cards: a summary should read as finished sentences, and nothing
 * should end in half a word.
 */

export const SUMMARY_TARGET = 300;
/** A sentence end this early would throw away most of a summary; cut at a word instead. */
const SUMMARY_MIN = 150;
/** "Around 300": a sentence that ends a little later beats an ellipsis. */
const SUMMARY_SLACK = 40;

const ELLIPSIS = '\u2026';
// A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a space and a capital
// or digit, so "e.g. the" and "v1.2" are not boundaries.
const SENTENCE_END = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])/gu;

/** Cuts at a sentence end near SUMMARY_TARGET, else at a word with an ellipsis. */
export function clipSummary(text: string): string {
  if (text.length <= SUMMARY_TARGET) return text;
  let before = -1;
  let after = -1;
  // A few characters past the window, so the lookahead can see the capital after a last stop.
  const window = text.slice(0, SUMMARY_TARGET + SUMMARY_SLACK + 4);
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= SUMMARY_TARGET) before = end;
    else if (after === -1 && end <= SUMMARY_TARGET + SUMMARY_SLACK) after = end;
  }
  if (before >= SUMMARY_MIN) return text.slice(0, before);
  if (after !== -1) return text.slice(0, after);
  return clipText(text, SUMMARY_TARGET);
}

/** At most `max` characters, cut at the last whole word, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max); // leaves one character for the ellipsis after trimming
  const space = room.lastIndexOf(' ', max - 1);
  // One word longer than the limit (a URL, say) has no word boundary to respect.
  const cut = space > 0 ? room.slice(0, space) : withoutLoneSurrogate(room.slice(0, max - 1));
  return cut.replace(/[\s,;:\-\u2013\u2014]+$/u, '') + ELLIPSIS;
}

function withoutLoneSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
