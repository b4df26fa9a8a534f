import { describe, expect, it } from 'vitest';
import { declaredFeeds, guessedFeeds } from '../../../../utils/feeds/discover';

describe('declaredFeeds', () => {
  it('finds RSS, Atom and JSON feeds a page declares, resolved against the page', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF='https://cdn.example/atom.xml?a=1&amp;b=2'>
      <link type="application/feed+json" rel="alternate home" href="feed.json">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
    </head><body></body></html>`;
    expect(declaredFeeds(html, 'https://blog.example/posts/')).toEqual([
      'https://blog.example/feed.xml',
      'https://cdn.example/atom.xml?a=1&b=2',
      'https://blog.example/posts/feed.json',
    ]);
  });
  it('honours <base href>', () => {
    const html =
      '<head><base href="https://other.example/blog/"><link rel="alternate" type="application/rss+xml" href="rss"></head>';
    expect(declaredFeeds(html, 'https://blog.example/')).toEqual(['https://other.example/blog/rss']);
  });
  it('finds nothing on a page that declares nothing', () => {
    expect(declaredFeeds('<html><head><title>x</title></head></html>', 'https://x.example/')).toEqual([]);
  });
});

describe('guessedFeeds', () => {
  it('tries the usual paths on the page’s own origin', () => {
    const guesses = guessedFeeds('https://x.example/some/page?q=1');
    expect(guesses[0]).toBe('https://x.example/feed');
    expect(guesses).toContain('https://x.example/atom.xml');
    expect(guesses.every((url) => url.startsWith('https://x.example/'))).toBe(true);
  });
});
