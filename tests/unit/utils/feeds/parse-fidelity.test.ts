import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../utils/feeds/parse';
import type { ParsedFeed } from '../../../../utils/schemas/parsed-feed';

/**
 * The exact text a reader sees for titles and summaries that are full of angle brackets and
 * ampersands, in every format and every way feeds escape them. Only real HTML elements are
 * markup; type parameters, comparisons and text-typed fields are the author's words.
 */

function feedOf(name: string): ParsedFeed {
  const bytes = readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url));
  const result = parseFeed(bytes, { url: 'https://fixture.example/feed' });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.feed;
}

/** [last path segment, title, summary] per item, in feed order. */
function shown(feed: ParsedFeed): [string, string, string][] {
  return feed.items.map((item) => [new URL(item.url).pathname.split('/').pop()!, item.title, item.summary]);
}

describe('RSS 2.0: escaped once, in CDATA, escaped twice, HTML titles', () => {
  const feed = feedOf('fidelity-rss.xml');

  it('shows each title and summary as the author wrote it', () => {
    expect(feed.title).toBe('Systems & Types');
    expect(shown(feed)).toEqual([
      ['plain', 'Plain words & no markup', 'Nothing to strip here, just spaces and a line break.'],
      ['arc-mutex', 'Why Arc<Mutex<T>> is slow', 'Contention on a Mutex<T> serialises every reader.'],
      ['vec-cdata', 'Vec<T> and a < b', 'When a < b, the left half wins.'],
      ['map', 'Map<K, V> versus HashMap<String, Vec<u8>>', 'Ordered maps & hash maps, compared.'],
      ['double', 'Vec<T> escaped twice & still readable', 'A plugin escaped this <T> twice.'],
      ['html-title', 'Bold claims about Option<T>', 'If x < y then y > x.'],
    ]);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads titles and descriptions like RSS 2.0', () => {
    const feed = feedOf('fidelity-rdf.xml');
    expect(feed.title).toBe('Index & Notes');
    expect(shown(feed)).toEqual([
      ['generics', 'Typed logs: Log<T> and Map<K, V>', 'Proves that a < b implies f(a) < f(b) for monotone f.'],
      ['double', 'R&D on quorums', 'Read & write quorums overlap.'],
    ]);
  });
});

describe('Atom 1.0 text constructs', () => {
  const feed = feedOf('fidelity-atom.xml');

  it('never reads type="text" (or an untyped title) as markup, and undoes a second escaping', () => {
    expect(feed.title).toBe('Generic <Programming> Notes');
    expect(shown(feed).slice(0, 4)).toEqual([
      ['text', 'Vec<T> and a < b', 'Text is text: <b>this</b> is not bold, and spaces collapse.'],
      ['untyped', 'Map<K, V> & friends, untyped', 'Untyped and markup-free: a < b and Vec<T> stay.'],
      ['untyped-html', 'A feed that forgot type="html"', 'Forgot the type, kept Vec<T>.'],
      ['text-double', 'Town & Gown, escaped twice', ''],
    ]);
  });

  it('strips only real elements from type="html" and type="xhtml"', () => {
    expect(shown(feed).slice(4)).toEqual([
      ['html', 'Why Arc<Mutex<T>> is slow', 'Compare <T> with a < b.'],
      ['html-bare', 'Plain <T> in an HTML title', ''],
      ['xhtml', 'Option<T> is not null', 'Use Result<T, E> when a < b && b < c.'],
    ]);
  });
});

describe('Atom 0.3 modes', () => {
  const feed = feedOf('atom03-modes.xml');

  it('decodes mode="base64" and reads mode="escaped" as markup', () => {
    expect(feed.title).toBe('Old <Journal> & co');
    expect(shown(feed)).toEqual([
      ['base64', 'Base64 title: Vec<T> & caf\u00e9', 'This body was base64: a < b.'],
      ['escaped', 'Escaped title with <T>', 'Untyped escaped content is HTML.'],
      ['plain', 'Default mode, text/plain: <T> stays', 'Inline xml summary'],
    ]);
  });
});

describe('JSON Feed', () => {
  it('keeps title, summary and content_text as text, and reads content_html as HTML', () => {
    const feed = feedOf('fidelity-jsonfeed.json');
    expect(feed.title).toBe('Types <Weekly> & more');
    expect(shown(feed)).toEqual([
      ['1', 'Vec<T> and a < b', 'Map<K, V> is text here, and <b>so is this</b>.'],
      ['2', 'AT&T, escaped by mistake', 'Locks in Arc<Mutex<T>> & friends.'],
      ['3', 'Plain content', 'Text content keeps <angle> brackets & ampersands.'],
    ]);
  });
});
