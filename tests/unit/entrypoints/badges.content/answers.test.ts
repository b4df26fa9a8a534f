import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isKnownLink,
  isReadingChanged,
  readLinkAnswer,
  readLookupAnswer,
  readTargetsAnswer,
} from '../../../../entrypoints/badges.content/answers';
import { KnownLinkSchema } from '../../../../utils/messaging';

const link = {
  url: 'https://jepsen.io/analyses/etcd-3.4.3',
  state: 'read',
  saved: true,
  title: 'Jepsen: etcd',
  source: 'Jepsen',
  summary: 'S.',
  topics: ['Consistency'],
};

describe("the content script's hand-written checks of the background's answers", () => {
  it('agree with the Zod schema the background answers with, on valid and invalid links alike', () => {
    const arbitraryLink = fc.record({
      url: fc.oneof(fc.string(), fc.integer()),
      state: fc.constantFrom('unread', 'saved', 'read', 'dismissed', 'gone', 3),
      saved: fc.oneof(fc.boolean(), fc.constant('yes')),
      title: fc.oneof(fc.string(), fc.constant(null)),
      source: fc.string(),
      summary: fc.oneof(fc.string(), fc.constant(undefined)),
      topics: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.string()),
    });
    fc.assert(
      fc.property(
        fc.oneof(arbitraryLink, fc.anything()),
        (value) => isKnownLink(value) === KnownLinkSchema.safeParse(value).success,
      ),
    );
  });

  it('read lookup answers, and refuse malformed ones whole', () => {
    expect(readLookupAnswer({ ok: true, known: [link] })).toEqual([link]);
    expect(readLookupAnswer({ ok: true, known: [] })).toEqual([]);
    expect(readLookupAnswer({ ok: true, known: [link, { ...link, state: 'pwned' }] })).toBeNull();
    expect(readLookupAnswer({ ok: false, error: 'x' })).toBeNull();
    expect(readLookupAnswer(undefined)).toBeNull();
  });

  it('read where known articles are: hosts, and anchored entries (none from an older background)', () => {
    const hosts = ['jepsen.io', 'blog.example'];
    const anchoredUrls = ['https://blog.example/day#n1'];
    expect(readTargetsAnswer({ ok: true, hosts, anchoredUrls })).toEqual({ hosts, anchoredUrls });
    expect(readTargetsAnswer({ ok: true, hosts })).toEqual({ hosts, anchoredUrls: [] });
    expect(readTargetsAnswer({ ok: true, hosts, anchoredUrls: [3] })).toBeNull();
    expect(readTargetsAnswer({ ok: true, hosts: 'jepsen.io' })).toBeNull();
    expect(readTargetsAnswer({ ok: false, error: 'x' })).toBeNull();
  });

  it('read single-link answers: a link, null for unknown, undefined for malformed', () => {
    expect(readLinkAnswer({ ok: true, link })).toEqual(link);
    expect(readLinkAnswer({ ok: true, link: null })).toBeNull();
    expect(readLinkAnswer({ ok: true, link: { ...link, topics: 'x' } })).toBeUndefined();
    expect(readLinkAnswer({ ok: false, error: 'Only Quorum’s badges script may ask this.' })).toBeUndefined();
  });

  it('recognise the reading-changed broadcast', () => {
    expect(isReadingChanged({ type: 'reading-changed' })).toBe(true);
    expect(isReadingChanged({ type: 'sync-now' })).toBe(false);
    expect(isReadingChanged(null)).toBe(false);
  });
});
