import { describe, expect, it } from 'vitest';
import { quotedTagEnd } from '../../../../utils/feeds/quoted-tag-end';

describe('quotedTagEnd', () => {
  it('ends after the first ">" outside quotes, either kind', () => {
    const tag = `<a title="x > y" alt='1 > 0'>text`;
    expect(quotedTagEnd(tag, 2)).toBe(tag.indexOf('>text') + 1);
  });

  it('gives -1 for a tag left open, or one whose ">" lies past the limit', () => {
    expect(quotedTagEnd('<a href="never closed>', 2)).toBe(-1);
    expect(quotedTagEnd('<a b="1">', 2, 5)).toBe(-1);
    expect(quotedTagEnd('<a b="1">', 2, 9)).toBe(9);
  });
});
