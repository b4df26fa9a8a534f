/**
 * A count with its noun, singular for one: "1 article", "2,048 articles". Every count a reader
 * sees goes through here, so none reads "1 articles". Digits are grouped the English way,
 * as all of Quorum's text is English.
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
