import { readXml } from './xml-reader';

/**
 * Does every element close, and in order? A feed cut off between two items would otherwise
 * read as a shorter feed, and a stray close tag would shift the structure. Real feeds break
 * other XML rules all the time (a bare '&', a '<' in text, raw HTML in a description), so only
 * the structure is checked; text elements are taken whole, as the reader takes them.
 *
 * Returns null when the structure is sound, else what is wrong, as a phrase for a message.
 */
export function findNestingProblem(xml: string): string | null {
  const result = readXml(xml);
  return result.ok ? null : result.problem;
}
