import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../utils/feeds/parse';
import type { ParsedFeed } from '../../../../utils/schemas/parsed-feed';

/**
 * Which charset wins, as mature readers decide it: a byte order mark over any label; valid
 * UTF-8 over a single-byte label; then the Content-Type header; then the XML prolog.
 */

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url));
}

function parseOk(bytes: Uint8Array, contentType?: string): ParsedFeed {
  const result = parseFeed(bytes, { url: 'https://lettre.example.fr/feed', contentType });
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}: ${result.error.message}`);
  return result.feed;
}

const FRENCH_TITLE = 'Caf\u00e9 Syst\u00e8mes \u2014 Lettre';
const FRENCH_ITEM = '\u00ab Exactement une fois \u00bb n\u2019existe pas';

describe('a UTF-8 feed whose label is wrong', () => {
  it.each(['application/rss+xml; charset=ISO-8859-1', 'text/xml; charset=windows-1252', 'text/xml; charset=koi8-r'])(
    'reads a byte order mark over %s',
    (contentType) => {
      const feed = parseOk(fixture('utf8-bom.xml'), contentType);
      expect(feed.title).toBe(FRENCH_TITLE);
      expect(feed.items[0]!.title).toBe(FRENCH_ITEM);
    },
  );

  it('reads valid UTF-8 as UTF-8 when the prolog says ISO-8859-1', () => {
    const feed = parseOk(fixture('utf8-declared-latin1.xml'), 'application/rss+xml');
    expect(feed.title).toBe(FRENCH_TITLE);
    expect(feed.items[0]!.summary).toBe(
      'Les files d\u2019attente r\u00e9p\u00e8tent ; le consommateur d\u00e9duplique.',
    );
  });

  it('reads valid UTF-8 as UTF-8 when the header says windows-1252', () => {
    expect(parseOk(fixture('utf8-declared-latin1.xml'), 'text/xml; charset=windows-1252').title).toBe(FRENCH_TITLE);
  });
});

describe('feeds really in a single-byte charset still decode as declared', () => {
  it('windows-1252 from the header, curly quotes and the euro sign included', () => {
    const feed = parseOk(fixture('windows-1252.xml'), 'application/rss+xml; charset=windows-1252');
    expect(feed.title).toBe('Caf\u00e9 Systems \u2014 Weekly');
    expect(feed.items[0]!.title).toBe('\u201cExactly once\u201d isn\u2019t free');
    expect(feed.items[0]!.summary).toBe('It costs \u20ac0.02 per message, and a second write.');
  });

  it('ISO-8859-1 from the header', () => {
    const feed = parseOk(fixture('iso-8859-1.xml'), 'text/xml; charset=ISO-8859-1');
    expect(feed.title).toBe('Gr\u00fc\u00dfe aus M\u00fcnchen');
    expect(feed.items[0]!.title).toBe('Sch\u00e4tzung der Latenz \u00a9 2025');
  });

  it('ISO-8859-1 from the XML prolog when the header names no charset', () => {
    const feed = parseOk(fixture('iso-8859-1.xml'), 'application/xml');
    expect(feed.title).toBe('Gr\u00fc\u00dfe aus M\u00fcnchen');
    expect(feed.items[0]!.summary).toBe('Na\u00efve retries make tail latency worse.');
  });

  it('a prolog in single quotes, with an unusual label spelling', () => {
    const xml = `<?xml version='1.0' encoding='latin1'?><rss version="2.0"><channel><title>Se\u00f1or \u00e9t\u00e9</title></channel></rss>`;
    expect(parseOk(new Uint8Array(Buffer.from(xml, 'latin1'))).title).toBe('Se\u00f1or \u00e9t\u00e9');
  });
});

describe('what the byte order mark does not override', () => {
  it('keeps a UTF-8 declaration for bytes that are not UTF-8: replacement characters, not a guess', () => {
    expect(parseOk(fixture('iso-8859-1.xml'), 'text/xml; charset="UTF-8"').title).toBe(
      'Gr\ufffd\ufffde aus M\ufffdnchen',
    );
  });

  it('a UTF-16 byte order mark wins over a UTF-8 label', () => {
    const xml = '<rss version="2.0"><channel><title>\u00c9t\u00e9 \u2603</title></channel></rss>';
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()]);
    expect(parseOk(bytes, 'text/xml; charset=utf-8').title).toBe('\u00c9t\u00e9 \u2603');
  });
});
