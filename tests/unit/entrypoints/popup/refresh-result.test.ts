import { describe, expect, it } from 'vitest';
import { refreshResult } from '../../../../entrypoints/popup/refresh-result';

const base = { ok: true as const, total: 20, updated: 0, notModified: 0, failed: 0, added: 0, pruned: 0 };

describe('refreshResult', () => {
  it('says how many new articles came in, or that none did', () => {
    expect(refreshResult({ ...base, updated: 3, added: 3 })).toBe('3 new articles.');
    expect(refreshResult({ ...base, updated: 1, added: 1 })).toBe('1 new article.');
    expect(refreshResult({ ...base, notModified: 20 })).toBe('No new articles.');
  });
  it('says offline when no feed could be reached, and names partial failures', () => {
    expect(refreshResult({ ...base, failed: 20 })).toMatch(/^Offline, nothing changed/);
    expect(refreshResult({ ...base, failed: 2, added: 4 })).toBe(
      '4 new articles; 2 of 20 feeds could not be refreshed (see Options).',
    );
  });
});
