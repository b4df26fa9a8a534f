import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../../utils/schemas/feed';
import { feedHealth, incidentKey, LONG_FAILURE_MS } from '../../../../utils/sync/feed-health';
import { feedRow } from '../../support/test-db';

const NOW = 1_800_000_000_000;
const feed = (id: string, overrides: Partial<Feed> = {}): Feed =>
  feedRow({
    id,
    url: `https://${id}.example/feed`,
    addedAt: NOW - 10 * LONG_FAILURE_MS,
    lastSuccessAt: NOW - 60_000,
    ...overrides,
  });
const unreachable = (id: string) => ({
  errorCount: 3,
  lastError: `Could not reach ${id}.example: the site may be down, or this device offline.`,
});
const pack = feed('starter', { kind: 'pack', builtin: true, lastSuccessAt: NOW - 3_600_000 });

describe('feedHealth', () => {
  it('calls it offline when every fetched feed fails, and groups their failures as one reason', () => {
    const feeds = [pack, ...['a', 'b', 'c'].map((id) => feed(id, { ...unreachable(id), lastSuccessAt: undefined }))];
    const health = feedHealth(feeds, NOW);
    expect(health.offline).toBe(true);
    expect(health.updatedAt).toBe(NOW - 3_600_000);
    expect(health.longFailing).toEqual([]);
    expect(health.groups).toEqual([{ reason: 'unreachable', feeds: feeds.slice(1) }]);
  });

  it('calls it offline when the browser says so, even with no failures yet', () => {
    expect(feedHealth([pack, feed('a')], NOW, false).offline).toBe(true);
    expect(feedHealth([pack, feed('a')], NOW, true).offline).toBe(false);
  });

  it('names a feed failing for days while others work, and only that one', () => {
    const old = feed('old', { ...unreachable('old'), lastSuccessAt: NOW - LONG_FAILURE_MS - 1 });
    const fresh = feed('fresh', { ...unreachable('fresh'), lastSuccessAt: NOW - 60_000 });
    const health = feedHealth([pack, feed('ok'), old, fresh], NOW);
    expect(health.offline).toBe(false);
    expect(health.longFailing.map((entry) => entry.feed.id)).toEqual(['old']);
    expect(incidentKey(old, health.longFailing[0]!.since)).toBe(`old@${NOW - LONG_FAILURE_MS - 1}`);
  });
});
