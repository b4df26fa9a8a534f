import { describe, expect, it } from 'vitest';
import { diversifyBySource } from '../../../../utils/curation/diversify';

const item = (id: string) => ({ id, source: id[0]! });
const ids = (items: { id: string }[]) => items.map((entry) => entry.id).join(' ');

describe('diversifyBySource', () => {
  it('breaks runs longer than two from one source, keeping rank order otherwise', () => {
    const ranked = ['a1', 'a2', 'a3', 'a4', 'b1', 'c1', 'a5'].map(item);
    expect(ids(diversifyBySource(ranked, (entry) => entry.source))).toBe('a1 a2 b1 a3 a4 c1 a5');
  });
  it('leaves an already varied list alone', () => {
    const ranked = ['a1', 'b1', 'a2', 'c1', 'b2'].map(item);
    expect(ids(diversifyBySource(ranked, (entry) => entry.source))).toBe('a1 b1 a2 c1 b2');
  });
  it('lets one source run on when nothing else is left, and loses nothing', () => {
    const ranked = ['b1', 'a1', 'a2', 'a3', 'a4'].map(item);
    const result = diversifyBySource(ranked, (entry) => entry.source);
    expect(ids(result)).toBe('b1 a1 a2 a3 a4');
    expect(result).toHaveLength(ranked.length);
  });
  it('honours another run limit', () => {
    const ranked = ['a1', 'a2', 'b1'].map(item);
    expect(ids(diversifyBySource(ranked, (entry) => entry.source, 1))).toBe('a1 b1 a2');
  });
});
