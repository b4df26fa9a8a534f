import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml } from '../../../../utils/data/opml';
import { ROOT } from '../../../support/paths';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/opml', name), 'utf8');

describe('readOpml', () => {
  it('flattens nested folders and drops a feed listed twice', () => {
    const result = readOpml(fixture('reader-with-folders.opml'));
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      feeds: [
        { url: 'https://jepsen.io/blog.atom', title: 'Jepsen', siteUrl: 'https://jepsen.io' },
        { url: 'https://brooker.co.za/blog/rss.xml', title: 'Marc Brooker', siteUrl: 'https://brooker.co.za/blog/' },
        { url: 'https://blog.acolyer.org/feed/', title: 'The Morning Paper', siteUrl: 'https://blog.acolyer.org' },
        { url: 'https://netflixtechblog.com/feed', title: 'Netflix TechBlog' },
      ],
    });
  });

  it('names untitled feeds after their host and skips addresses it cannot follow', () => {
    const result = readOpml(fixture('flat-no-titles.opml'));
    expect(result.ok && result.feeds.map((feed) => [feed.url, feed.title])).toEqual([
      ['https://notes.eatonphil.com/rss.xml', 'notes.eatonphil.com'],
      ['https://transactional.blog/feed.xml', 'transactional.blog'],
      ['https://martin.kleppmann.com/feed.rss', 'Kleppmann'],
    ]);
    expect(result.ok && result.skipped).toBe(1);
  });

  it('refuses a file with no feeds, and a file that is not OPML, with a reason', () => {
    expect(readOpml(fixture('no-feeds.opml'))).toEqual({ ok: false, error: 'This OPML file lists no feeds.' });
    const broken = readOpml(fixture('not-opml.opml'));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^This is not an OPML file/);
  });
});

describe('writeOpml', () => {
  it('round-trips through readOpml, titles and site addresses included', () => {
    const feeds = [
      { url: 'https://jepsen.io/blog.atom', title: 'Jepsen & friends <3', siteUrl: 'https://jepsen.io' },
      { url: 'https://dev.to/feed/tag/distributedsystems?x=1&y=2', title: 'DEV' },
    ];
    const text = writeOpml(feeds, new Date('2026-11-22T00:00:00Z'));
    expect(text).toContain('<opml version="2.0">');
    expect(readOpml(text)).toEqual({ ok: true, skipped: 0, feeds });
  });
  it('re-reads what other readers wrote, after a round trip through Quorum', () => {
    const first = readOpml(fixture('reader-with-folders.opml'));
    if (!first.ok) throw new Error(first.error);
    expect(readOpml(writeOpml(first.feeds))).toEqual(first);
  });
});
