import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../../../utils/cross-device/quotas';

describe('itemBytes counts an item as Chrome counts it against the sync quota', () => {
  // Figures read from Chromium's storage.sync.getBytesInUse for the key "zz".
  it.each([
    [1, 3],
    [2147483647, 12],
    [-2147483648, 13],
    [2147483648, 14],
    [-2147483649, 15],
    [999999999999, 16],
    [1e12, 7],
    [1796139910349, 20],
    [-1796139910349, 21],
    [1234567890123456, 23],
    [1e20, 7],
    [1e21, 7],
    [0.5, 5],
    [0.000001, 10],
    [1.25e-7, 9],
    [12345678901.5, 15],
  ])('the number %d costs %d bytes', (value, bytes) => {
    expect(itemBytes('zz', value)).toBe(bytes);
  });

  it('counts time stamps inside objects and arrays the same way', () => {
    expect(itemBytes('zz', { a: 1796139910349 })).toBe(26);
    expect(itemBytes('zz', { currentPathId: 'consensus', skipped: [], updatedAt: 1796139910349 })).toBe(75);
    expect(itemBytes('zz', [1796139910349, 'x', null, true])).toBe(
      2 + JSON.stringify([1796139910349, 'x', null, true]).length + 5,
    );
  });

  it('counts strings as UTF-8 bytes of their JSON', () => {
    expect(itemBytes('zz', 'a"é')).toBe(2 + '"a\\"é"'.length + 1);
  });
});
