import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hintsFor, SITE_HINTS } from '../../../../entrypoints/badges.content/site-hints';
import { badgeHosts } from '../../../../utils/sources';

describe('site hints', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');

  it.each(SITE_HINTS.map((hint) => [hint.site, hint] as const))(
    '%s: says what it was written for, on badged hosts, with valid selectors',
    (_, hint) => {
      expect(hint.writtenFor).toMatch(/https:\/\//);
      for (const host of hint.hosts) expect(badgeHosts()).toContain(host);
      const selectors = [hint.items?.selector, hint.items?.placeAfter, hint.ignoreLinks].filter(
        (selector): selector is string => selector !== undefined,
      );
      expect(selectors.length).toBeGreaterThan(0);
      for (const selector of selectors) expect(() => document.querySelectorAll(selector)).not.toThrow();
    },
  );

  it('are picked by host', () => {
    expect(hintsFor('www.reddit.com').map((hint) => hint.site)).toEqual(['Reddit, new UI']);
    expect(hintsFor('old.reddit.com').map((hint) => hint.site)).toEqual(['Reddit, old UI']);
    expect(hintsFor('dev.to').map((hint) => hint.site)).toEqual(['DEV']);
    expect(hintsFor('news.ycombinator.com')).toEqual([]);
  });
});
