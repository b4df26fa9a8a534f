import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  createLinkScanner,
  hrefHostname,
  stripControls,
  type Candidate,
  type ScanPage,
} from '../../../../entrypoints/badges.content/link-scanner';
import { hintsFor } from '../../../../entrypoints/badges.content/site-hints';

const OWN = new Set(['quorum-badge', 'quorum-card']);
/** Every host the tests' links go to, so the host filter lets them all through unless said. */
const ALL_HOSTS = new Set([
  'martin.kleppmann.com',
  'news.ycombinator.com',
  'www.somethingsimilar.com',
  'jepsen.io',
  'blog.example',
  'dev.to',
  'www.reddit.com',
  'aws.amazon.com',
]);

function page(html: string, url: string, self: string[] = []) {
  const { document } = parseHTML(`<!doctype html><html><head><base href="${url}"></head><body>${html}</body></html>`);
  const scan: ScanPage = { base: document.baseURI, baseHostname: new URL(url).hostname, self: new Set(self) };
  return { document, scan };
}

/** Every candidate of a page, as url + what the badge would follow. */
function scanAll(
  html: string,
  url: string,
  options: { host?: string; self?: string[]; known?: ReadonlySet<string>; anchoredUrls?: ReadonlySet<string> } = {},
) {
  const { document, scan } = page(html, url, options.self);
  const scanner = createLinkScanner(
    hintsFor(options.host ?? new URL(url).hostname),
    OWN,
    options.known ?? ALL_HOSTS,
    options.anchoredUrls,
  );
  const found = scanner
    .collect(document)
    .flatMap((list) => Array.from(list))
    .map((element) => scanner.candidate(element, scan))
    .filter((candidate): candidate is Candidate => candidate !== null);
  return {
    document,
    scanner,
    scan,
    found,
    summary: found.map((c) => `${c.url} ${c.placement} ${c.target.localName}${c.hinted ? ' hinted' : ''}`),
  };
}

describe('the link scanner', () => {
  it('keeps the anchor of a link to a known entry stored at its anchor, and only there', () => {
    const day = 'https://blog.example/2026/12/02';
    const { summary } = scanAll(
      `<a href="${day}#n1">a note</a>
       <a href="#n2">the next note, from the day's own page</a>
       <a href="${day}?utm_source=x#caf%C3%A9">an escaped anchor</a>
       <a href="${day}#comments">an anchor no entry has</a>
       <a href="${day}#">an empty anchor</a>
       <a href="${day}">the day</a>
       <a href="https://blog.example/2026/12/01/post#n1">another page</a>`,
      day,
      { anchoredUrls: new Set([`${day}#n1`, `${day}#n2`, `${day}#caf%C3%A9`]) },
    );
    expect(summary).toEqual([
      `${day}#n1 after a`,
      `${day}#n2 after a`,
      `${day}#caf%C3%A9 after a`,
      `${day} after a`,
      `${day} after a`,
      `${day} after a`,
      'https://blog.example/2026/12/01/post after a',
    ]);
  });

  it('canonicalises every http(s) link, resolving relative ones against the page', () => {
    const { summary } = scanAll(
      `<a href="https://martin.kleppmann.com/2015/05/11/please-stop.html?utm_source=hn#top">abs</a>
       <a href="item?id=41000004">text post</a>
       <a href=" /alice/intro-to-raft-3kd1 ">relative, with spaces</a>
       <a href="HTTP://WWW.SomethingSimilar.com/notes/">http, capitals, trailing slash</a>
       <a href="javascript:void(0)">js</a><a href="mailto:a@b.c">mail</a><a href="">empty</a>`,
      'https://news.ycombinator.com/news',
      { self: ['https://news.ycombinator.com/news'] },
    );
    expect(summary).toEqual([
      'https://martin.kleppmann.com/2015/05/11/please-stop.html after a',
      'https://news.ycombinator.com/item?id=41000004 after a',
      'https://news.ycombinator.com/alice/intro-to-raft-3kd1 after a',
      'https://www.somethingsimilar.com/notes after a',
    ]);
  });

  it('never canonicalises links to hosts with no known article', () => {
    const { summary } = scanAll(
      `<a href="https://jepsen.io/analyses/etcd-3.4.3">known host</a><a href="https://example.com/x">elsewhere</a><a href="item?id=1">this site</a>
       <a href="https://old.reddit.com/r/x/comments/1/y/">an alias of a known host</a>`,
      'https://news.ycombinator.com/',
      { known: new Set(['jepsen.io', 'www.reddit.com']) },
    );
    expect(summary).toEqual([
      'https://jepsen.io/analyses/etcd-3.4.3 after a',
      'https://www.reddit.com/r/x/comments/1/y after a',
    ]);
  });

  it('looks at each element once, however often it is collected again', () => {
    const { document, scanner, scan, found } = scanAll(
      '<p><a href="https://jepsen.io/analyses/etcd-3.4.3">x</a></p>',
      'https://lobste.rs/',
    );
    expect(found).toHaveLength(1);
    const again = scanner
      .collect(document.querySelector('p')!)
      .flatMap((list) => Array.from(list))
      .map((element) => scanner.candidate(element, scan));
    expect(again).toEqual([null]);
  });

  it('looks again at a link that led nowhere known when it is collected again, and finds its new address', () => {
    const { document, scanner, scan, found } = scanAll(
      '<p><a href="https://elsewhere.example/a">x</a></p>',
      'https://lobste.rs/',
    );
    expect(found).toEqual([]);
    document.querySelector('a')!.setAttribute('href', 'https://jepsen.io/analyses/etcd-3.4.3');
    const again = scanner
      .collect(document.querySelector('p')!)
      .flatMap((list) => Array.from(list))
      .map((element) => scanner.candidate(element, scan)?.url);
    expect(again).toEqual(['https://jepsen.io/analyses/etcd-3.4.3']);
  });

  it('skips links to the page itself and SVG links', () => {
    const { summary } = scanAll(
      `<a href="#comments">12 comments</a><a href="https://blog.example/p/post?utm_source=share">share</a>
       <svg><a href="https://jepsen.io/">svg</a></svg>
       <a href="https://jepsen.io/analyses/etcd-3.4.3">other</a>`,
      'https://blog.example/p/post',
      { self: ['https://blog.example/p/post'] },
    );
    expect(summary).toEqual(['https://jepsen.io/analyses/etcd-3.4.3 after a']);
  });

  it("collects the root element itself, never our own hosts' subtrees, nothing from text", () => {
    const { document } = page(
      '<a id="a" href="https://jepsen.io/">x</a><quorum-badge><a href="https://jepsen.io/x">x</a></quorum-badge>',
      'https://lobste.rs/',
    );
    const scanner = createLinkScanner([], OWN, ALL_HOSTS);
    const count = (node: Node) => scanner.collect(node).reduce((sum, list) => sum + list.length, 0);
    expect(count(document.getElementById('a')!)).toBe(1);
    expect(count(document.querySelector('quorum-badge')!)).toBe(0);
    expect(count(document.createTextNode('text'))).toBe(0);
  });
});

describe('reading the host from an href', () => {
  const base = 'https://news.ycombinator.com/news';
  it.each([
    ['https://Jepsen.IO/analyses', 'jepsen.io'],
    ['//dev.to/x', 'dev.to'],
    ['item?id=1', 'news.ycombinator.com'],
    ['/s/abc', 'news.ycombinator.com'],
    ['#top', 'news.ycombinator.com'],
    ['https://user:pw@jepsen.io/', 'jepsen.io'],
    ['https://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['https:\\\\jepsen.io\\x', 'jepsen.io'],
    ['/\\jepsen.io/x', 'jepsen.io'],
    ['https://jepsen.io:8443/x', 'jepsen.io'],
    ['mailto:a@b.c', null],
    ['javascript:alert(1)', null],
    ['https://[::1]/x', '[::1]'],
    ['https://0', '0.0.0.0'],
    ['https://127.1/x', '127.0.0.1'],
  ])('%s is on %s', (href, host) => expect(hrefHostname(href, base, 'news.ycombinator.com')).toBe(host));

  it('finds the host the URL parser finds, for every href the parser reads as http(s)', () => {
    const label = fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/);
    const href = fc
      .tuple(
        fc.constantFrom(
          'https://',
          'http://',
          'HTTPS://',
          '//',
          '/',
          '',
          'https:\\\\',
          '/\\',
          ' https://',
          '\u00a0https://',
          'ht\ttps://',
          'https://user@',
          'https:',
          'https:/',
          'ftp://',
        ),
        fc.oneof(
          fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.')),
          fc.constantFrom(
            '0',
            '127.1',
            '0x7f.1',
            '1.2.3.4',
            'a.0x',
            'b.09',
            '_',
            'a_b.c',
            'ü.example',
            '%41.example',
            '[::1]',
            'a..b',
          ),
          fc.stringMatching(/^[A-Za-z0-9._~%@:[\]-]{0,12}$/),
        ),
        fc.constantFrom('', ':8080', ':443', ':', ':pw@jepsen.io', '@jepsen.io', '.', '\\x', ' ', '\t'),
        fc.constantFrom('', '/', '/p/x', '?q=1', '#f', '/a:b'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(href, (text) => {
        let expected: string;
        try {
          const url = new URL(text, base);
          if (url.protocol !== 'https:' && url.protocol !== 'http:') return true;
          expected = url.hostname;
        } catch {
          // Not a URL at all: whatever host is read, canonicalUrl will refuse it later.
          return true;
        }
        return hrefHostname(stripControls(text), base, 'news.ycombinator.com') === expected;
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('site hints in the scanner', () => {
  it("Reddit's new UI: a post's content-href, the badge after its title link, before the post's other links", () => {
    const { summary, found } = scanAll(
      `<shreddit-post id="t3_1" permalink="/r/d/comments/1/x/" content-href="https://jepsen.io/analyses/mongodb-4.2.6?utm_source=reddit">
         <a slot="full-post-link" href="/r/d/comments/1/x/">Jepsen</a>
         <a slot="title" id="post-title-t3_1" href="/r/d/comments/1/x/">Jepsen: MongoDB 4.2.6</a>
         <div slot="post-media-container"><a href="https://jepsen.io/analyses/mongodb-4.2.6">jepsen.io</a></div>
       </shreddit-post>`,
      'https://www.reddit.com/r/d/',
    );
    expect(summary[0]).toBe('https://jepsen.io/analyses/mongodb-4.2.6 after a hinted');
    expect(found[0]!.target.getAttribute('slot')).toBe('title');
    // The plain links follow: the comments, then the same article (a duplicate the badges skip).
    expect(summary.slice(1)).toEqual([
      'https://www.reddit.com/r/d/comments/1/x after a',
      'https://www.reddit.com/r/d/comments/1/x after a',
      'https://jepsen.io/analyses/mongodb-4.2.6 after a',
    ]);
  });

  it("old Reddit: div.thing's data-url, never the out.reddit.com redirect", () => {
    const { summary } = scanAll(
      `<div class="thing link" data-url="https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/" data-fullname="t3_2">
         <p class="title"><a class="title" href="https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/" data-outbound-url="https://out.reddit.com/t3_2?url=x">Backoff</a></p>
       </div>
       <div class="thing link" data-url="/r/d/comments/3/self/"></div>`,
      'https://old.reddit.com/r/d/',
    );
    expect(summary).toEqual([
      'https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter after a hinted',
      // Without a title link, the badge goes first in the item.
      'https://www.reddit.com/r/d/comments/3/self prepend div hinted',
      'https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter after a',
    ]);
  });

  it('DEV: the invisible navigation link covering each story is never a candidate', () => {
    const { summary } = scanAll(
      `<article class="crayons-story"><a href="/polliog/post-21op" class="crayons-story__hidden-navigation-link">Post</a>
       <h2 class="crayons-story__title"><a href="/polliog/post-21op" id="article-link-1">Post</a></h2></article>`,
      'https://dev.to/t/distributedsystems',
    );
    expect(summary).toEqual(['https://dev.to/polliog/post-21op after a']);
  });

  it('hints apply only on their own hosts', () => {
    const html =
      '<shreddit-post content-href="https://jepsen.io/"></shreddit-post><a class="crayons-story__hidden-navigation-link" href="/x">x</a>';
    expect(scanAll(html, 'https://news.ycombinator.com/').summary).toEqual(['https://news.ycombinator.com/x after a']);
  });
});
