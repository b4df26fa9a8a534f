import { describe, expect, it } from 'vitest';
import { countOf } from '../../../../utils/text/count-of';

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise, zero included', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2, 'article')).toBe('2 articles');
  });
  it('takes an irregular plural and groups the digits', () => {
    expect(countOf(1, 'feed you added', 'feeds you added')).toBe('1 feed you added');
    expect(countOf(12_345, 'entry', 'entries')).toBe('12,345 entries');
  });
});
