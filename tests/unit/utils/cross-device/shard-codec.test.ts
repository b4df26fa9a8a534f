import { describe, expect, it } from 'vitest';
import { decodeBase85, encodeBase85 } from '../../../../utils/cross-device/base85';
import { decodeItem, encodeItem, ItemSizer } from '../../../../utils/cross-device/shard-codec';
import { itemBytes } from '../../../../utils/cross-device/quotas';
import { monthStart, type SyncEntry } from '../../../../utils/cross-device/sync-entry';
import { urlHash } from '../../../../utils/cross-device/url-hash';
import { seededRandom } from '../../../support/seeded-random';

const KEY = '1m202611.0';
const START = monthStart(202611);

function entries(count: number, random = seededRandom(7)): SyncEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    hash: urlHash(`https://blog.example/post-${i}`),
    mark: (['read', 'saved', 'dismissed'] as const)[i % 3]!,
    on: i % 5 !== 0,
    at: START + Math.floor(random() * 29 * 86_400) * 1000,
    by: i % 2 ? 'AbCdEfGh' : 'zz_-0912',
  }));
}
const sortKey = (entry: SyncEntry) => `${entry.by}|${entry.at}|${entry.hash}|${entry.mark}|${entry.on}`;
const sorted = (list: SyncEntry[]) => list.map(sortKey).sort();

describe('base85', () => {
  it('round-trips any bytes, of any length, in text that JSON never escapes', () => {
    const random = seededRandom(1);
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = encodeBase85(bytes);
      expect(JSON.stringify(text)).toBe(`"${text}"`);
      expect(text).not.toMatch(/[<>&'"\\]/);
      expect(decodeBase85(text)).toEqual(bytes);
    }
  });
});

describe('url hash', () => {
  it('is 47 bits, stable, and different for near-identical URLs', () => {
    const a = urlHash('https://jepsen.io/analyses/etcd-3.4.3');
    expect(a).toBe(urlHash('https://jepsen.io/analyses/etcd-3.4.3'));
    expect(a).not.toBe(urlHash('https://jepsen.io/analyses/etcd-3.4.4'));
    expect(a).toBeLessThan(2 ** 47);
    const many = new Set(Array.from({ length: 50_000 }, (_, i) => urlHash(`https://a.example/${i}`)));
    expect(many.size).toBe(50_000);
  });
});

describe('month shard items', () => {
  it('round-trip every entry: article hash, mark, set or cleared, time to the second, device', () => {
    const list = entries(500);
    const value = encodeItem(KEY, list);
    const decoded = decodeItem(KEY, value);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(sorted(decoded.entries)).toEqual(sorted(list));
  });

  it('measure exactly what the browser counts, before encoding', () => {
    const list = entries(300);
    const sizer = new ItemSizer(KEY, START);
    const inOrder = decodeItem(KEY, encodeItem(KEY, list));
    if (!inOrder.ok) throw new Error(inOrder.reason);
    for (const entry of inOrder.entries) sizer.add(entry);
    expect(sizer.size()).toBe(itemBytes(KEY, encodeItem(KEY, list)));
  });

  it('cost 1 byte besides the hash for a mark in a burst, and at most about 3 for a month of reading', () => {
    const burst = Array.from({ length: 400 }, (_, i) => ({
      hash: urlHash(`https://b.example/${i}`),
      mark: 'read' as const,
      on: true,
      at: START + 86_400_000,
      by: 'AbCdEfGh',
    }));
    const perEntry = (list: SyncEntry[]) => (itemBytes(KEY, encodeItem(KEY, list)) - KEY.length) / list.length;
    expect(perEntry(burst)).toBeLessThan((6 + 1) * 1.26);
    expect(perEntry(entries(400))).toBeLessThan((6 + 3) * 1.26);
  });

  it('refuse a damaged value, a value under another key, and a value in an unknown layout', () => {
    const value = encodeItem(KEY, entries(20));
    const flipped = value.slice(0, 30) + (value[30] === 'a' ? 'b' : 'a') + value.slice(31);
    expect(decodeItem(KEY, flipped)).toMatchObject({ ok: false, reason: 'damaged (checksum)' });
    expect(decodeItem(KEY, value.slice(0, -7))).toMatchObject({ ok: false });
    expect(decodeItem('1m202612.0', value)).toMatchObject({ ok: false, reason: 'damaged (checksum)' });
    expect(decodeItem(KEY, `z${value.slice(1)}`)).toMatchObject({ ok: false });
    expect(decodeItem(KEY, { marks: [] })).toMatchObject({ ok: false, reason: 'not text' });
    expect(decodeItem(KEY, 'a"\\')).toMatchObject({ ok: false });
  });
});
