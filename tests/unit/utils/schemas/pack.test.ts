import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../../../utils/curation/taxonomy';
import { parsePack } from '../../../../utils/feeds/parse-pack';
import { canonicalUrl } from '../../../../utils/url';
import { readStarterPack } from '../../../support/starter-pack';

const validItem = {
  url: 'https://example.com/post',
  title: 'A post',
  source: 'Example',
  summary: 'What it says. Why it matters.',
  topics: ['consensus'],
};
const DIGEST_PICKS = [
  'https://blog.bytebytego.com/p/how-uber-serves-over-150-million',
  'https://blog.bytebytego.com/p/how-google-manages-trillions-of-authorizations',
  'https://blog.bytebytego.com/p/how-netflix-built-a-real-time-distributed',
  'https://blog.bytebytego.com/p/how-pinterest-built-an-async-compute',
  'https://blog.bytebytego.com/p/ep197-12-architectural-concepts-developers',
  'https://dev.to/polliog/microservices-are-killing-your-performance-and-heres-the-math-21op',
  'https://muratbuffalo.blogspot.com/2026/01/the-sauna-algorithm-surviving.html',
  'https://www.architecture-weekly.com/p/rebuilding-event-driven-read-models',
];
const validPack = { format: 'quorum-pack', version: 1, title: 'Test pack', updated: '2026-01-01', items: [validItem] };

describe('the bundled starter pack', () => {
  const pack = readStarterPack();

  it('is a valid version 2 pack with the digest picks and at least 120 readings', () => {
    expect(pack.version).toBe(2);
    expect(pack.items.length).toBeGreaterThanOrEqual(120);
    expect(pack.items.filter((item) => item.published?.startsWith('2026-01')).length).toBeGreaterThanOrEqual(3);
    expect(pack.items.filter((item) => item.kind === 'paper').length).toBeGreaterThanOrEqual(20);
  });

  it('stores every URL in canonical form, once', () => {
    const urls = pack.items.map((item) => item.url);
    expect(urls.map((url) => canonicalUrl(url))).toEqual(urls);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('has a two-or-three sentence summary for every item', () => {
    for (const item of pack.items) {
      const sentences = item.summary.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      expect(sentences, item.title).toBeGreaterThanOrEqual(2);
      expect(sentences, item.title).toBeLessThanOrEqual(3);
    }
  });

  it('gives every item a level and an honest reading time', () => {
    for (const item of pack.items) {
      expect(item.level, item.title).toBeDefined();
      expect(item.minutes, item.title).toBeGreaterThanOrEqual(item.kind === 'paper' ? 20 : 5);
    }
  });

  it('keeps the digest picks', () => {
    const urls = new Set(pack.items.map((item) => item.url));
    for (const digest of DIGEST_PICKS) expect(urls, digest).toContain(digest);
  });

  it('has at least six learning paths of at least six steps each', () => {
    const paths = pack.paths ?? [];
    expect(paths.length).toBeGreaterThanOrEqual(6);
    for (const path of paths) expect(path.steps.length, path.id).toBeGreaterThanOrEqual(6);
  });

  it('leads with every topic of the taxonomy at least once', () => {
    const leading = new Set(pack.items.map((item) => item.topics[0]));
    expect([...leading].sort()).toEqual([...TOPIC_IDS].sort());
  });
});

describe('parsePack', () => {
  it('accepts a minimal valid pack', () => {
    const result = parsePack(JSON.stringify(validPack));
    expect(result.ok && result.pack.items[0]?.title).toBe('A post');
  });

  it.each([
    ['text that is not JSON', '{"format": "quorum-pack",', 'not valid JSON'],
    ['JSON of another kind', JSON.stringify({ items: [] }), 'no "format": "quorum-pack"'],
    [
      'a javascript: link',
      JSON.stringify({ ...validPack, items: [{ ...validItem, url: 'javascript:alert(1)' }] }),
      'items[0].url: must be an absolute http(s) URL',
    ],
    [
      'an unknown topic',
      JSON.stringify({ ...validPack, items: [{ ...validItem, topics: ['astrology'] }] }),
      'items[0].topics[0]',
    ],
    ['a date that is no date', JSON.stringify({ ...validPack, updated: '2026-13-45' }), 'updated: is not a real date'],
    ['a newer format version', JSON.stringify({ ...validPack, version: 3 }), 'version'],
    [
      'a missing summary',
      JSON.stringify({ ...validPack, items: [{ ...validItem, summary: undefined }] }),
      'items[0].summary',
    ],
  ])('rejects %s with a message that says where', (_, text, expected) => {
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });

  it('names only the first few problems of a badly broken pack', () => {
    const items = Array.from({ length: 10 }, () => ({ ...validItem, url: 'ftp://nope' }));
    const result = parsePack({ ...validPack, items });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\(and 7 more\)\.$/);
  });
});
