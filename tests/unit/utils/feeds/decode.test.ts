import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../../../utils/feeds/decode';

const latin1Prolog = (encoding: string, body: number[]) =>
  new Uint8Array([...Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><t>`, 'latin1'), ...body]);

describe('charsetFromContentType', () => {
  it.each([
    ['application/rss+xml; charset=windows-1252', 'windows-1252'],
    ['text/xml;charset="ISO-8859-1"', 'ISO-8859-1'],
    ["text/xml; Charset='utf-8'; foo=bar", 'utf-8'],
    ['application/xml', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j -> %j', (contentType, expected) => {
    expect(charsetFromContentType(contentType)).toBe(expected);
  });
});

describe('decodeBody', () => {
  it('returns a string body untouched', () => {
    expect(decodeBody('\ufeff<x>\u00e9</x>', 'text/xml; charset=windows-1252')).toBe('\ufeff<x>\u00e9</x>');
  });

  it('maps every windows-1252 punctuation byte, whatever the engine does with C1', () => {
    const bytes = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xe9]);
    expect(decodeBody(bytes, 'text/xml; charset=windows-1252')).toBe(
      '\u20ac\u2026\u2018\u2019\u201c\u201d\u2013\u2014\u2122\u00e9',
    );
  });

  it('reads the prolog encoding when the header names none', () => {
    expect(decodeBody(latin1Prolog('iso-8859-1', [0xfc, 0x92]), 'text/xml')).toBe(
      '<?xml version="1.0" encoding="iso-8859-1"?><t>\u00fc\u2019',
    );
  });

  it('prefers the header over the prolog', () => {
    const bytes = new Uint8Array([...latin1Prolog('windows-1252', []), 0xc3, 0xa9]);
    expect(decodeBody(bytes, 'text/xml; charset=utf-8').endsWith('<t>\u00e9')).toBe(true);
  });

  it('skips an unknown label and falls through to the next clue', () => {
    expect(decodeBody(latin1Prolog('latin1', [0xe9]), 'text/xml; charset=made-up-8')).toBe(
      '<?xml version="1.0" encoding="latin1"?><t>\u00e9',
    );
  });

  it('ignores a UTF-16 claim in a prolog it could read as ASCII', () => {
    expect(decodeBody(latin1Prolog('UTF-16', [0xc3, 0xa9]))).toBe('<?xml version="1.0" encoding="UTF-16"?><t>\u00e9');
  });

  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x3e], '<a>'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x3c, 0x00, 0xe9, 0x00], '<\u00e9'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x3c, 0x00, 0xe9], '<\u00e9'],
    ['no clue at all', [0x3c, 0xc3, 0xa9, 0xff], '<\u00e9\ufffd'],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeBody(new Uint8Array(bytes))).toBe(expected);
  });

  it('lets a byte order mark win over the header and the prolog', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...latin1Prolog('iso-8859-1', [0xc3, 0xa9])]);
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1')).toBe(
      '<?xml version="1.0" encoding="iso-8859-1"?><t>\u00e9',
    );
  });

  it('reads valid UTF-8 as UTF-8 under a single-byte label, from the header or the prolog', () => {
    const bytes = latin1Prolog('windows-1252', [0xc3, 0xa9, 0xe2, 0x80, 0x99]);
    expect(decodeBody(bytes).endsWith('<t>\u00e9\u2019')).toBe(true);
    expect(decodeBody(bytes, 'text/xml; charset=ISO-8859-1').endsWith('<t>\u00e9\u2019')).toBe(true);
  });

  it('trusts a single-byte label when the bytes are not valid UTF-8', () => {
    // 0xc3 followed by a space is no UTF-8 sequence: this is Latin-1 "Ã ".
    const bytes = latin1Prolog('iso-8859-1', [0xc3, 0x20, 0xe9]);
    expect(decodeBody(bytes).endsWith('<t>\u00c3 \u00e9')).toBe(true);
  });

  it('does not second-guess a multi-byte label', () => {
    const bytes = new Uint8Array(Buffer.from('<t>\u00e9</t>', 'utf8'));
    expect(decodeBody(bytes, 'text/xml; charset=shift_jis')).not.toBe('<t>\u00e9</t>');
  });

  it('decodes only the viewed part of a larger buffer', () => {
    const backing = new Uint8Array([0x78, 0x3c, 0x62, 0x3e, 0x78]);
    expect(decodeBody(backing.subarray(1, 4))).toBe('<b>');
    expect(decodeBody(backing.buffer.slice(1, 4))).toBe('<b>');
  });
});
