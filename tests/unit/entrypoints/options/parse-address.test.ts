import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../../entrypoints/options/add-feed';

describe('parseAddress', () => {
  it.each([
    ['https://jepsen.io/blog.atom', 'https://jepsen.io/blog.atom'],
    ['  jepsen.io  ', 'https://jepsen.io/'],
    ['http://example.com/feed', 'http://example.com/feed'],
  ])('accepts %s', (input, url) => {
    expect(parseAddress(input)).toEqual({ ok: true, url });
  });
  it.each([
    ['', 'Type the address of a feed, a curated pack or a blog.'],
    ['not a url at all', '“not a url at all” is not a web address.'],
    ['ftp://example.com/feed', 'Only web addresses (http or https) can be followed.'],
    ['javascript:alert(1)', 'Only web addresses (http or https) can be followed.'],
    ['justaword', '“justaword” is not a web address.'],
  ])('refuses %j with a reason', (input, error) => {
    expect(parseAddress(input)).toEqual({ ok: false, error });
  });
});
