import { fixC1Controls } from './windows-1252';

/**
 * Bytes to text, as mature feed readers and browsers decide it. A byte order mark wins over
 * any label. A single-byte charset (ISO-8859-1, windows-1252…) declared for bytes that are
 * valid UTF-8 is a mislabel, since real Latin-1 text with accents is almost never valid UTF-8:
 * the bytes are read as UTF-8. Only then is the declaration, from the Content-Type header or
 * else the XML prolog, trusted. Old feeds still come in windows-1252 and ISO-8859-1; read as
 * UTF-8 they would turn every curly quote into U+FFFD.
 */

export type FeedBody = string | Uint8Array | ArrayBuffer;

/** The XML declaration must open the document; this holds any real one. */
const PROLOG_BYTES = 1024;

/** TextDecoder's names for the encodings where one byte is one character. */
const SINGLE_BYTE = /^(?:ibm866|iso-8859-\d+(?:-i)?|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic)$/;

export function decodeBody(body: FeedBody, contentType?: string | null): string {
  if (typeof body === 'string') return body;
  const bytes = ArrayBuffer.isView(body)
    ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    : new Uint8Array(body);
  const bom = charsetFromBom(bytes);
  if (bom !== undefined) return new TextDecoder(bom).decode(bytes);
  for (const label of [charsetFromContentType(contentType), charsetFromProlog(bytes)]) {
    const decoder = label === undefined ? undefined : decoderFor(label);
    if (decoder === undefined) continue;
    if (SINGLE_BYTE.test(decoder.encoding)) {
      const utf8 = strictUtf8(bytes);
      if (utf8 !== undefined) return utf8;
    }
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? fixC1Controls(text) : text;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The text when the bytes are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
}

function charsetFromProlog(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one character, so ASCII in the prolog reads the same in any
  // ASCII-compatible charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PROLOG_BYTES));
  const label = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    head,
  )?.[1];
  // A prolog we could read as ASCII cannot really be UTF-16, whatever it says.
  return label !== undefined && /^utf-?16/i.test(label) ? undefined : label;
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Not fatal: a stray bad byte becomes U+FFFD rather than losing the whole feed. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim());
  } catch {
    // An unknown label (a typo, or a charset the engine lacks): try the next clue.
    return undefined;
  }
}
