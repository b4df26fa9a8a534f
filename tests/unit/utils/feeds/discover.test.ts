import { readFileSync } from 'node:fs';
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
  it('reads a WordPress page as a browser would', () => {
    const html = readFileSync(new URL('../../../fixtures/feeds/discovery-wordpress.html', import.meta.url), 'utf8');
    expect(declaredFeeds(html, 'https://notes.wp.example/2026/01/raft/')).toEqual([
      // &#038; is an ampersand: the query is ?p=12&feed=rss2, not ?p=12&#038;feed=rss2.
      'https://notes.wp.example/?p=12&feed=rss2',
      // Relative to <base href>, not to the page; the commented and scripted links are not links.
      'https://cdn.wp.example/blog/comments/feed/',
      'https://cdn.wp.example/atom.xml?cat=3&tag=raft',
    ]);
  });

  it('resolves relative hrefs against the page when there is no <base>', () => {
    const html =
      '<head><link rel="alternate" type="application/rss+xml" href="feed.xml">' +
      '<link rel="alternate" type="application/atom+xml" href="../atom.xml">' +
      '<link rel="alternate" type="application/rss+xml" href="//other.example/rss"></head>';
    expect(declaredFeeds(html, 'https://blog.example/posts/one.html')).toEqual([
      'https://blog.example/posts/feed.xml',
      'https://blog.example/atom.xml',
      'https://other.example/rss',
    ]);
  });

  it('ignores a <base> that is commented out, and takes the first real one', () => {
    const html =
      '<head><!-- <base href="https://wrong.example/"> --><base target="_blank"><base href="/sub/"><base href="/later/">' +
      '<link rel="alternate" type="application/rss+xml" href="rss"></head>';
    expect(declaredFeeds(html, 'https://blog.example/a/b')).toEqual(['https://blog.example/sub/rss']);
  });

  it('decodes named and numeric references in attributes, but not a legacy name run into a query', () => {
    const html = '<link rel="alternate" type="application/rss+xml" href="/f?a=1&#38;b=2&amp;c=3&copy=4&#x26;d=5">';
    expect(declaredFeeds(html, 'https://blog.example/')).toEqual(['https://blog.example/f?a=1&b=2&c=3&copy=4&d=5']);
  });

  it('stays linear on a page of unclosed quotes and comments', () => {
    const hostile = '<a title="'.repeat(40_000) + '<!--'.repeat(40_000);
    expect(declaredFeeds(hostile, 'https://x.example/')).toEqual([]);
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
