import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../utils/same-value';

describe('sameValue', () => {
  it('treats equal nested rows as the same, whatever the order of their keys', () => {
    expect(sameValue({ a: 1, b: ['x', { c: null }] }, { b: ['x', { c: null }], a: 1 })).toBe(true);
  });

  it('tells apart rows that differ anywhere, in value, type, length or shape', () => {
    const row = { a: 1, b: ['x', 'y'], c: { d: true } };
    expect(sameValue(row, { ...row, a: 2 })).toBe(false);
    expect(sameValue(row, { ...row, a: '1' })).toBe(false);
    expect(sameValue(row, { ...row, b: ['x'] })).toBe(false);
    expect(sameValue(row, { ...row, b: ['x', 'z'] })).toBe(false);
    expect(sameValue(row, { ...row, c: { d: false } })).toBe(false);
    expect(sameValue(row, { ...row, e: 0 })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(false);
  });

  it('counts a key set to undefined as absent', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
