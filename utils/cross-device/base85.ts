/**
 * Bytes as text for sync storage, 4 bytes in 5 characters (base64 needs 5⅓). Sync quotas
 * count the JSON text of each value, so the alphabet is printable ASCII that JSON writers
 * never escape: no quote, backslash, or the characters some escape for HTML safety (< > & ').
 */
const ALPHABET = '!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz|~';
const DIGIT = new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase85(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = Math.min(4, bytes.length - i);
    let value = 0;
    for (let j = 0; j < 4; j += 1) value = value * 256 + (j < chunk ? bytes[i + j]! : 0);
    const digits: string[] = [];
    for (let j = 0; j < 5; j += 1) {
      digits.unshift(ALPHABET[value % 85]!);
      value = Math.floor(value / 85);
    }
    // A short last group needs only chunk + 1 digits; the rest is implied padding.
    text += digits.slice(0, chunk + 1).join('');
  }
  return text;
}

/** The bytes, or null when the text is not base85 of this alphabet. */
export function decodeBase85(text: string): Uint8Array | null {
  const whole = Math.floor(text.length / 5);
  const rest = text.length % 5;
  if (rest === 1) return null;
  const bytes = new Uint8Array(whole * 4 + (rest ? rest - 1 : 0));
  for (let i = 0, out = 0; i < text.length; i += 5) {
    const group = text.slice(i, i + 5);
    let value = 0;
    for (let j = 0; j < 5; j += 1) {
      const digit = j < group.length ? DIGIT.get(group[j]!) : 84;
      if (digit === undefined) return null;
      value = value * 85 + digit;
    }
    if (value > 0xffff_ffff) return null;
    for (let j = 0; j < group.length - 1; j += 1) bytes[out++] = Math.floor(value / 256 ** (3 - j)) % 256;
  }
  return bytes;
}
