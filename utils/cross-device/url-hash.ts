/**
 * A short, stable hash of a canonical URL: 47 bits, returned as one safe integer. Two 32-bit
 * multiply–xorshift lanes that feed each other at the end, so every input character reaches
 * every output bit. Stable across devices and versions: it is what travels in sync storage
 * instead of the URL, so changing it would orphan every synced mark.
 */
export const URL_HASH_BITS = 47;
const HIGH_MASK = 0x7fff; // the top 15 of the 47 bits

export function urlHash(url: string): number {
  let a = 0x9e3779b9 ^ url.length;
  let b = 0x85ebca6b ^ url.length;
  for (let i = 0; i < url.length; i += 1) {
    const code = url.charCodeAt(i);
    a = Math.imul(a ^ code, 0x9e3779b1);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  a ^= a >>> 15;
  return (b & HIGH_MASK) * 0x1_0000_0000 + (a >>> 0);
}
