import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { canonicalHostname, canonicalUrl, linkAnchor, SUBSTACK_CUSTOM_DOMAINS } from '../../../utils/url';
import { seededRandom } from '../../support/seeded-random';

type Case = [input: string, expected: string | null, base?: string];

function runCases(cases: Case[]): void {
  it.each(cases)('%s -> %s', (input, expected, base) => {
    expect(canonicalUrl(input, base)).toBe(expected);
  });
}

// Real article URLs, already canonical, so fixed points.
const REAL_ARTICLES = [
  'https://blog.bytebytego.com/p/how-uber-serves-over-150-million',
  'https://blog.bytebytego.com/p/how-google-manages-trillions-of-authorizations',
  'https://blog.bytebytego.com/p/how-netflix-built-a-real-time-distributed',
  'https://blog.bytebytego.com/p/how-pinterest-built-an-async-compute',
  'https://blog.bytebytego.com/p/ep197-12-architectural-concepts-developers',
  'https://dev.to/polliog/microservices-are-killing-your-performance-and-heres-the-math-21op',
  'https://muratbuffalo.blogspot.com/2026/01/the-sauna-algorithm-surviving.html',
  'https://muratbuffalo.blogspot.com/2026/01/welcome-to-town-al-gasr.html',
  'https://bigdataboutique.com/blog/opensearch-kubernetes-operator-3-0-stability-and-resilience-finally-delivered',
  'https://www.architecture-weekly.com/p/rebuilding-event-driven-read-models',
];

const DEV_POST = 'https://dev.to/polliog/microservices-are-killing-your-performance-and-heres-the-math-21op';
const SAUNA = 'https://muratbuffalo.blogspot.com/2026/01/the-sauna-algorithm-surviving.html';

describe('canonicalUrl: real articles are fixed points', () => {
  it.each(REAL_ARTICLES)('%s', (url) => {
    expect(canonicalUrl(url)).toBe(url);
  });
});

describe('canonicalUrl: scheme and host', () => {
  runCases([
    ['HTTP://Example.COM/Path', 'https://example.com/Path'],
    ['http://example.com/a', 'https://example.com/a'],
    ['HtTpS://EXAMPLE.com/CaseKept?Q=V', 'https://example.com/CaseKept?Q=V'],
    ['https://www.example.com/a', 'https://www.example.com/a'],
    ['https://www.architecture-weekly.com/about', 'https://www.architecture-weekly.com/about'],
    ['https://bücher.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe'],
    ['  https://example.com/a \n', 'https://example.com/a'],
    ['http://[::1]:8080/x', 'https://[::1]:8080/x'],
  ]);
});

describe('canonicalUrl: fragment, trailing slash, root', () => {
  runCases([
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com/a?x=1#more', 'https://example.com/a?x=1'],
    ['https://example.com/#', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com//', 'https://example.com/'],
    ['https://example.com/a/', 'https://example.com/a'],
    ['https://example.com/a//', 'https://example.com/a'],
    ['https://example.com/a//b', 'https://example.com/a//b'],
    ['https://example.com/a/?x=1', 'https://example.com/a?x=1'],
    ['https://example.com/a/b/../c/./d/', 'https://example.com/a/c/d'],
  ]);
});

describe('canonicalUrl: ports and credentials', () => {
  runCases([
    ['http://example.com:80/a', 'https://example.com/a'],
    ['http://example.com:80/', 'https://example.com/'],
    ['http://example.com:443/a', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['http://example.com:8080/a', 'https://example.com:8080/a'],
    ['https://example.com:80/a', 'https://example.com:80/a'],
    ['https://user:pass@example.com/a', 'https://example.com/a'],
    ['http://user@example.com:8080/', 'https://example.com:8080/'],
  ]);
});

describe('canonicalUrl: query parameters', () => {
  runCases([
    ['https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z', 'https://example.com/a'],
    ['https://example.com/a?UTM_Source=x&id=1', 'https://example.com/a?id=1'],
    ['https://example.com/a?mtm_campaign=x&MTM_KWD=y&id=1', 'https://example.com/a?id=1'],
    ['https://example.com/a?fbclid=1&gclid=2&msclkid=3&id=1', 'https://example.com/a?id=1'],
    ['https://example.com/a?_hsenc=1&__hstc=2&mc_eid=3&mkt_tok=4', 'https://example.com/a'],
    ['https://example.com/a?__readwiseLocation=1&id=1', 'https://example.com/a?id=1'],
    ['https://example.com/a?__READWISELOCATION=1', 'https://example.com/a'],
    // Feed and newsletter attribution (real links: Le Monde's RSS, ConvertKit, Google's linker).
    [
      'https://www.lemonde.fr/europe/article/2017/11/22/x_5218588_3214.html?xtor=RSS-3208',
      'https://www.lemonde.fr/europe/article/2017/11/22/x_5218588_3214.html',
    ],
    [
      'https://kentcdodds.com/blog/how-to-test-custom-react-hooks?ck_subscriber_id=635632627',
      'https://kentcdodds.com/blog/how-to-test-custom-react-hooks',
    ],
    [
      'https://ai.google.dev/docs/quickstart?hl=pt-br&_gl=1*iiivu*_up*MQ..&gclid=x',
      'https://ai.google.dev/docs/quickstart?hl=pt-br',
    ],
    ['https://example.com/a.html?ns_mchannel=rss&ns_campaign=1490&id=1', 'https://example.com/a.html?id=1'],
    ['https://example.com/a?utm_source', 'https://example.com/a'],
    // Near misses of tracking names are real parameters.
    ['https://example.com/a?utm=1&xutm_source=2', 'https://example.com/a?utm=1&xutm_source=2'],
    ['https://example.com/a?fbclid2=1', 'https://example.com/a?fbclid2=1'],
    // Per-host noise names are only noise on their own hosts.
    ['https://example.com/a?source=x&m=1&i=i', 'https://example.com/a?i=i&m=1&source=x'],
    // Sorting is by name and stable for repeated names.
    ['https://example.com/a?b=2&a=1&c=3', 'https://example.com/a?a=1&b=2&c=3'],
    ['https://example.com/a?b=2&a=1&b=1&a=0', 'https://example.com/a?a=1&a=0&b=2&b=1'],
    ['https://example.com/a?tag=z&tag=a&tag=m', 'https://example.com/a?tag=z&tag=a&tag=m'],
    // Encoding is left as the URL parser spelled it.
    ['https://example.com/a?q=a%20b&p=x/y', 'https://example.com/a?p=x/y&q=a%20b'],
    ['https://example.com/a?q=a+b', 'https://example.com/a?q=a+b'],
    // ...but an escape's hex is one case, so a slug escaped in lower case matches its twin.
    ['https://de.wikipedia.org/wiki/%e2%80%99Nduja', 'https://de.wikipedia.org/wiki/%E2%80%99Nduja'],
    ['https://example.com/caf%c3%a9/?q=%c3%a9&p=%2f', 'https://example.com/caf%C3%A9?p=%2F&q=%C3%A9'],
    // No '?' when nothing remains.
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com/a?&&', 'https://example.com/a'],
    ['https://example.com/?utm_source=x', 'https://example.com/'],
    ['https://example.com/a?&b=1&&a=2&', 'https://example.com/a?a=2&b=1'],
    // A nameless pair is odd but not noise.
    ['https://example.com/a?=x&b=1', 'https://example.com/a?=x&b=1'],
    ['https://dev.to/a?=x&i=i', 'https://dev.to/a?=x'],
  ]);
});

describe('canonicalUrl: Ghost ?ref=<own host>', () => {
  runCases([
    ['https://example.com/post?ref=example.com', 'https://example.com/post'],
    ['https://www.example.com/post?ref=example.com', 'https://www.example.com/post'],
    ['https://example.com/post?ref=www.example.com', 'https://example.com/post'],
    ['https://example.com/post?ref=EXAMPLE.com&id=1', 'https://example.com/post?id=1'],
    ['https://example.com/post?REF=example.com', 'https://example.com/post'],
    ['https://example.com/post?ref=other.com', 'https://example.com/post?ref=other.com'],
    ['https://blog.example.com/post?ref=example.com', 'https://blog.example.com/post?ref=example.com'],
    ['https://example.com/post?ref=example.com.evil', 'https://example.com/post?ref=example.com.evil'],
    ['https://example.com/post?ref=', 'https://example.com/post?ref='],
    ['https://example.com/post?ref', 'https://example.com/post?ref'],
    // Compared with the canonical host, so the rule holds after the host is rewritten.
    ['https://old.reddit.com/r/x?ref=www.reddit.com', 'https://www.reddit.com/r/x'],
  ]);
});

describe('canonicalUrl: relative links resolved against the page', () => {
  runCases([
    ['item?id=123', 'https://news.ycombinator.com/item?id=123', 'https://news.ycombinator.com/'],
    ['item?id=123', 'https://news.ycombinator.com/item?id=123', 'https://news.ycombinator.com/news?p=2'],
    [
      '/polliog/microservices-are-killing-your-performance-and-heres-the-math-21op?i=i#comments',
      DEV_POST,
      'https://dev.to/t/distributedsystems',
    ],
    ['/s/abc123/slug', 'https://lobste.rs/s/abc123/slug', 'https://lobste.rs/'],
    ['/s/abc123/slug', 'https://lobste.rs/s/abc123/slug', 'https://lobste.rs/t/distributed'],
    ['//example.com/x', 'https://example.com/x', 'https://news.ycombinator.com/'],
    ['#comments', 'https://example.com/page', 'https://example.com/page#top'],
    ['https://example.com/a', 'https://example.com/a', 'https://other.example/'],
    // An unusable base must not lose an absolute link, nor throw.
    ['https://example.com/a', 'https://example.com/a', 'not a base'],
    ['item?id=123', null, 'not a base'],
    ['item?id=123', null],
    ['//example.com/x', null],
    ['javascript:void(0)', null, 'https://example.com/'],
    ['mailto:a@example.com', null, 'https://example.com/'],
  ]);
});

describe('canonicalUrl: Substack', () => {
  runCases([
    [
      'https://blog.bytebytego.com/p/how-uber-serves-over-150-million?r=abc&utm_source=substack&utm_medium=email',
      'https://blog.bytebytego.com/p/how-uber-serves-over-150-million',
    ],
    [
      'http://blog.bytebytego.com/p/how-uber-serves-over-150-million/comments#comment-1',
      'https://blog.bytebytego.com/p/how-uber-serves-over-150-million',
    ],
    [
      'https://www.architecture-weekly.com/p/rebuilding-event-driven-read-models?triedRedirect=true&s=r',
      'https://www.architecture-weekly.com/p/rebuilding-event-driven-read-models',
    ],
    ['https://bytebytego.substack.com/p/slug', 'https://blog.bytebytego.com/p/slug'],
    ['https://architectureweekly.substack.com/p/slug/', 'https://www.architecture-weekly.com/p/slug'],
    ['https://bytebytego.substack.com/archive', 'https://blog.bytebytego.com/archive'],
    [
      'https://open.substack.com/pub/bytebytego/p/slug?r=abc&utm_campaign=post&showWelcomeOnShare=true',
      'https://blog.bytebytego.com/p/slug',
    ],
    ['https://open.substack.com/pub/someone/p/slug', 'https://someone.substack.com/p/slug'],
    ['https://open.substack.com/pub/SomeOne/p/Slug/comments', 'https://someone.substack.com/p/Slug'],
    ['https://someone.substack.com/p/slug?r=1&post_id=2', 'https://someone.substack.com/p/slug'],
    // Not posts: the generic rules apply.
    ['https://blog.bytebytego.com/archive?sort=new&utm_source=x', 'https://blog.bytebytego.com/archive?sort=new'],
    ['https://someone.substack.com/p/', 'https://someone.substack.com/p'],
    ['https://open.substack.com/pub/someone', 'https://open.substack.com/pub/someone'],
    // A publication name that is not a valid host label leaves the share link as it is.
    ['https://open.substack.com/pub/xn--zz/p/slug', 'https://open.substack.com/pub/xn--zz/p/slug'],
    // Names that are Object.prototype keys are not custom domains.
    ['https://constructor.substack.com/p/x', 'https://constructor.substack.com/p/x'],
    ['https://__proto__.substack.com/p/x', 'https://__proto__.substack.com/p/x'],
    ['https://open.substack.com/pub/tostring/p/x', 'https://tostring.substack.com/p/x'],
    // Lookalike hosts are not Substack.
    ['https://substack.com.evil.example/p/x?r=1', 'https://substack.com.evil.example/p/x?r=1'],
  ]);

  it.each(Object.entries(SUBSTACK_CUSTOM_DOMAINS))('maps %s.substack.com to %s', (sub, domain) => {
    const expected = `https://${domain}/p/slug`;
    expect(canonicalUrl(`https://${sub}.substack.com/p/slug?r=x`)).toBe(expected);
    expect(canonicalUrl(`https://open.substack.com/pub/${sub}/p/slug`)).toBe(expected);
    expect(canonicalUrl(`http://${domain}/p/slug/comments`)).toBe(expected);
  });

  it('keeps the custom-domain map immutable at runtime', () => {
    expect(Object.isFrozen(SUBSTACK_CUSTOM_DOMAINS)).toBe(true);
  });
});

describe('canonicalUrl: Blogger', () => {
  runCases([
    [`${SAUNA}?m=1`, SAUNA],
    [`${SAUNA}?m=0#more`, SAUNA],
    [SAUNA.replace('https:', 'http:'), SAUNA],
    ['https://muratbuffalo.blogspot.rs/2026/01/the-sauna-algorithm-surviving.html?m=1', SAUNA],
    ['https://muratbuffalo.blogspot.co.uk/2026/01/the-sauna-algorithm-surviving.html', SAUNA],
    ['https://muratbuffalo.blogspot.com.au/2026/01/the-sauna-algorithm-surviving.html', SAUNA],
    ['https://MuratBuffalo.BlogSpot.DE/2026/01/the-sauna-algorithm-surviving.html', SAUNA],
    [`${SAUNA}?showComment=1&m=1`, `${SAUNA}?showComment=1`],
    // Outside Blogger's own domains nothing is rewritten.
    ['https://x.blogspot.evil.example/a?m=1', 'https://x.blogspot.evil.example/a?m=1'],
    ['https://www.x.blogspot.com/a', 'https://www.x.blogspot.com/a'],
    ['https://example.com/a?m=1', 'https://example.com/a?m=1'],
  ]);
});

describe('canonicalUrl: dev.to', () => {
  runCases([
    [`${DEV_POST}?i=i`, DEV_POST],
    [`${DEV_POST}#comments`, DEV_POST],
    ['https://dev.to/t/distributedsystems?i=i', 'https://dev.to/t/distributedsystems'],
    ['https://dev.to/t/go?page=2&i=i', 'https://dev.to/t/go?page=2'],
  ]);
});

describe('canonicalUrl: Medium and Netflix', () => {
  runCases([
    [
      'https://netflixtechblog.com/some-post-0123456789ab?source=rss----2615bd06b42e---4',
      'https://netflixtechblog.com/some-post-0123456789ab',
    ],
    ['https://medium.com/p/0123456789ab?source=rss', 'https://medium.com/p/0123456789ab'],
    [
      'https://medium.com/@user/title-0123456789ab?source=collection_home---4&sk=abc',
      'https://medium.com/@user/title-0123456789ab?sk=abc',
    ],
    ['https://someone.medium.com/post-0123456789ab?source=x', 'https://someone.medium.com/post-0123456789ab'],
    // Paths are never rewritten to the post id.
    ['https://medium.com/@user/title-0123456789ab', 'https://medium.com/@user/title-0123456789ab'],
    ['https://notmedium.com/a?source=x', 'https://notmedium.com/a?source=x'],
  ]);
});

describe('canonicalUrl: Uber', () => {
  const POST = 'https://www.uber.com/blog/how-uber-serves-over-150-million-reads';
  runCases([
    ['https://www.uber.com/en-IN/blog/how-uber-serves-over-150-million-reads/', POST],
    ['https://www.uber.com/en-cz/blog/how-uber-serves-over-150-million-reads/', POST],
    ['https://www.uber.com/blog/how-uber-serves-over-150-million-reads/', POST],
    ['http://uber.com/en-HK/blog/how-uber-serves-over-150-million-reads/?utm_source=x', POST],
    ['https://uber.com/en-FR/blog/how-uber-serves-over-150-million-reads#intro', POST],
    ['https://www.uber.com/en-in/en-us/blog/how-uber-serves-over-150-million-reads/', POST],
    ['https://www.uber.com/en-IN/', 'https://www.uber.com/'],
    ['https://www.uber.com/en-IN', 'https://www.uber.com/'],
    // Only a whole en-XX segment at the start of the path is a locale.
    ['https://www.uber.com/en-INX/blog/x/', 'https://www.uber.com/en-INX/blog/x'],
    ['https://www.uber.com/fr-FR/blog/x/', 'https://www.uber.com/fr-FR/blog/x'],
    ['https://www.uber.com/blog/en-in/x/', 'https://www.uber.com/blog/en-in/x'],
    ['https://example.com/en-IN/blog/x', 'https://example.com/en-IN/blog/x'],
    ['https://eng.uber.com/x/', 'https://eng.uber.com/x'],
  ]);
});

describe('canonicalUrl: Reddit', () => {
  const POST = 'https://www.reddit.com/r/programming/comments/abc123/title';
  runCases([
    ['https://old.reddit.com/r/programming/comments/abc123/title/', POST],
    ['https://np.reddit.com/r/programming/comments/abc123/title/', POST],
    ['https://m.reddit.com/r/programming/comments/abc123/title/', POST],
    ['https://reddit.com/r/programming/comments/abc123/title/', POST],
    ['https://new.reddit.com/r/programming/comments/abc123/title/', POST],
    ['https://www.reddit.com/r/programming/comments/abc123/title/?utm_source=share', POST],
    ['https://out.reddit.com/t3_abc?url=x', 'https://out.reddit.com/t3_abc?url=x'],
    ['https://reddit.com.evil.example/r/x', 'https://reddit.com.evil.example/r/x'],
  ]);
});

describe('canonicalUrl: AMP is left alone (unverified rule)', () => {
  runCases([
    ['https://example.com/post/amp', 'https://example.com/post/amp'],
    ['https://example.com/post?amp=1', 'https://example.com/post?amp=1'],
    ['https://amp.example.com/post', 'https://amp.example.com/post'],
  ]);
});

describe('canonicalUrl: not an http(s) article URL', () => {
  runCases([
    ['javascript:alert(1)', null],
    ['JavaScript:void(0)', null],
    ['data:text/html,<b>x</b>', null],
    ['mailto:a@example.com', null],
    ['ftp://example.com/x', null],
    ['chrome-extension://abcdefghijklmnop/page.html', null],
    ['moz-extension://abc/page.html', null],
    ['file:///etc/passwd', null],
    ['about:blank', null],
    ['tel:+1234', null],
    ['ws://example.com/', null],
    ['', null],
    ['   ', null],
    ['not a url', null],
    ['http://', null],
    ['https://', null],
    ['http://exa mple.com/', null],
    ['://example.com', null],
    ['https://[::1', null],
    ['https://example.com:99999/', null],
  ]);

  it('rejects huge inputs without throwing', () => {
    expect(canonicalUrl(`https://example.com/${'a'.repeat(100_000)}`)).toBeNull();
    expect(canonicalUrl('\u0000'.repeat(1_000_000))).toBeNull();
    expect(canonicalUrl(`data:text/plain,${'x'.repeat(2_000_000)}`)).toBeNull();
  });

  it('rejects a result that percent-encoding made too long to be accepted again', () => {
    // 3,000 characters in, 27,000 out: without an output limit the result would be
    // non-null once and null when canonicalised again.
    const input = `https://example.com/${'中'.repeat(3000)}`;
    expect(input.length).toBeLessThan(8192);
    expect(canonicalUrl(input)).toBeNull();
  });

  it('does not throw on a null smuggled past the types', () => {
    expect(canonicalUrl(null as unknown as string)).toBeNull();
    expect(canonicalUrl(undefined as unknown as string, 'https://example.com/')).toBeNull();
  });
});

describe('utils/url.ts stays light enough for the content script', () => {
  it('imports nothing', () => {
    const source = readFileSync(new URL('../../../utils/url.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
    expect(source).not.toMatch(/\brequire\(|\bimport\(/);
  });
});

// ---------------------------------------------------------------------------------------
// Property-style tests: a seeded generator, so any failure reproduces exactly.

class Gen {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  randomCase(s: string): string {
    let out = '';
    for (const ch of s) out += this.bool() ? ch.toUpperCase() : ch.toLowerCase();
    return out;
  }
}

const SCHEMES = ['http://', 'https://', 'HTTP://', 'HtTpS://'];
const HOSTS = [
  'example.com',
  'www.example.com',
  'Example.COM',
  'blog.bytebytego.com',
  'bytebytego.substack.com',
  'architectureweekly.substack.com',
  'someone.substack.com',
  'open.substack.com',
  'www.architecture-weekly.com',
  'muratbuffalo.blogspot.com',
  'muratbuffalo.blogspot.rs',
  'x.blogspot.co.uk',
  'dev.to',
  'medium.com',
  'user.medium.com',
  'netflixtechblog.com',
  'uber.com',
  'www.uber.com',
  'reddit.com',
  'old.reddit.com',
  'np.reddit.com',
  'm.reddit.com',
  'news.ycombinator.com',
  'lobste.rs',
  '127.0.0.1',
  '[::1]',
  'bücher.example',
  'xn--e28h.com',
];
const USERINFO = ['', '', '', 'user@', 'user:pass@'];
const PORTS = ['', '', '', ':80', ':443', ':8080'];
const SEGMENTS = [
  'p',
  'p',
  'pub',
  'bytebytego',
  'someone',
  'en-IN',
  'en-cz',
  'blog',
  'slug-abc',
  '2026',
  '01',
  'post.html',
  'comments',
  '%2e%2e',
  '..',
  '.',
  'a b',
  'ü',
  '%41',
  '@user',
  'item',
  's',
  'abc123',
  '',
  'amp',
];
const TRAILERS = ['', '', '/', '//'];
const NAMES = ['a', 'b', 'id', 'q', 'page', 'r', 's', 'm', 'i', 'source', 'ref', 'sort', 'Z', ''];
const VALUES = ['', '1', 'x y', 'example.com', 'www.example.com', '%20', 'a=b', 'ü', '+', '/?'];
const FRAGMENTS = ['', '', '#', '#comments', '#a?b=c', '#x#y', '#utm_source=x'];
const TRACKING_EXACT = [
  'fbclid',
  '_openstat',
  'gclid',
  'msclkid',
  'mc_eid',
  '_hsenc',
  '__hstc',
  'mkt_tok',
  '__readwiseLocation',
  'srsltid',
  'yclid',
  'campaign_id',
  'oly_anon_id',
  '_branch_match_id',
];

function param(gen: Gen, name: string): string {
  return gen.bool(0.15) ? name : `${name}=${gen.pick(VALUES)}`;
}

function trackingParam(gen: Gen): string {
  const name = gen.bool(0.5)
    ? gen.randomCase(gen.pick(['utm_', 'mtm_'])) + gen.pick(['source', 'medium', 'campaign', 'x', ''])
    : gen.randomCase(gen.pick(TRACKING_EXACT));
  return param(gen, name);
}

interface UrlParts {
  prefix: string; // scheme, credentials, host, port, path
  params: string[];
  fragment: string;
}

function genParts(gen: Gen): UrlParts {
  const host = gen.bool(0.2) ? gen.randomCase(gen.pick(HOSTS)) : gen.pick(HOSTS);
  const segments: string[] = [];
  for (let n = gen.int(6); n > 0; n--) segments.push(gen.pick(SEGMENTS));
  const path = segments.length === 0 ? gen.pick(['', '/']) : `/${segments.join('/')}${gen.pick(TRAILERS)}`;
  const params: string[] = [];
  for (let n = gen.int(5); n > 0; n--) params.push(param(gen, gen.pick(NAMES)));
  if (gen.bool(0.3)) params.push(trackingParam(gen));
  return {
    prefix: `${gen.pick(SCHEMES)}${gen.pick(USERINFO)}${host}${gen.pick(PORTS)}${path}`,
    params,
    fragment: gen.pick(FRAGMENTS),
  };
}

function assemble(parts: UrlParts, emptyQuery = false): string {
  const query = parts.params.length > 0 ? `?${parts.params.join('&')}` : emptyQuery ? '?' : '';
  return `${parts.prefix}${query}${parts.fragment}`;
}

const GENERATED = (() => {
  const gen = new Gen(0x5eed);
  return Array.from({ length: 2000 }, () => genParts(gen));
})();

function expectWellFormed(result: string | null): void {
  if (result === null) return;
  expect(result.startsWith('https://')).toBe(true);
  expect(result).not.toContain('#');
}

describe('canonicalUrl properties over 2,000 generated URLs', () => {
  it('almost always accepts them (the generator exercises the real rules)', () => {
    const accepted = GENERATED.filter((parts) => canonicalUrl(assemble(parts)) !== null).length;
    expect(accepted).toBeGreaterThan(1900);
  });

  it('is idempotent', () => {
    for (const parts of GENERATED) {
      const once = canonicalUrl(assemble(parts));
      if (once === null) continue;
      expect(canonicalUrl(once), assemble(parts)).toBe(once);
    }
  });

  it('ignores tracking parameters added anywhere in the query', () => {
    const gen = new Gen(42);
    for (const parts of GENERATED) {
      const input = assemble(parts);
      const clean = canonicalUrl(input);
      const params = [...parts.params];
      for (let n = 1 + gen.int(4); n > 0; n--) {
        params.splice(gen.int(params.length + 1), 0, trackingParam(gen));
      }
      if (clean !== null && gen.bool(0.3)) {
        // The Ghost self-reference is noise too, whatever spelling of the host it uses.
        const bare = new URL(clean).hostname.replace(/^www\./, '');
        const spelled = gen.randomCase(gen.bool() ? `www.${bare}` : bare);
        params.splice(gen.int(params.length + 1), 0, `ref=${spelled}`);
      }
      expect(canonicalUrl(assemble({ ...parts, params })), input).toBe(clean);
    }
  });

  it('treats an empty query like no query', () => {
    for (const parts of GENERATED) {
      if (parts.params.length > 0) continue;
      expect(canonicalUrl(assemble(parts, true))).toBe(canonicalUrl(assemble(parts)));
    }
  });

  it('only returns https URLs without a fragment', () => {
    for (const parts of GENERATED) expectWellFormed(canonicalUrl(assemble(parts)));
  });
});

describe('canonicalUrl properties over random strings', () => {
  const POOL = [
    ..."abcXYZ019-._~:/?#[]@!$&'()*+,;=%\\ ",
    '\u0000',
    '\u0001',
    '\t',
    '\n',
    '\r',
    '\u001f',
    '\u007f',
    '\u00a0',
    '\u200b',
    '\u200e',
    '\u202e',
    '\ufeff',
    '\ufffd',
    '\u3002',
    '\uff0e',
    '\uff1a',
    '\uff0f',
    'é',
    'e\u0301',
    'ß',
    'İ',
    '中',
    '😀',
    '\ud800',
    '\udfff',
    'xn--',
    '%00',
    '%zz',
    '%2e',
    '..',
    'www.',
    'utm_',
  ];
  const PREFIXES = ['', '', 'http://', 'https://', 'HTTPS://', '//', '/', 'javascript:', 'data:'];
  const BASES = [undefined, 'https://example.com/dir/page?x=1', 'http://[::1]/', 'garbage', ''];

  function randomString(gen: Gen): string {
    let s = gen.pick(PREFIXES);
    for (let n = gen.int(60); n > 0; n--) s += gen.pick(POOL);
    return s;
  }

  it('never throws, and any result is well formed and idempotent', () => {
    const gen = new Gen(7);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const input = randomString(gen);
      const base = gen.pick(BASES);
      let result: string | null = null;
      expect(
        () => {
          result = canonicalUrl(input, base);
        },
        JSON.stringify([input, base]),
      ).not.toThrow();
      if (result === null) continue;
      accepted++;
      expectWellFormed(result);
      expect(canonicalUrl(result), JSON.stringify([input, base])).toBe(result);
    }
    // Guards against a generator that only ever produced rejects.
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('linkAnchor: the anchor canonicalUrl drops', () => {
  it('reads the anchor as the URL parser spells it, and nothing for none or an empty one', () => {
    expect(linkAnchor('https://notes.example/day#n2')).toBe('#n2');
    expect(linkAnchor('#café', 'https://notes.example/day')).toBe('#caf%C3%A9');
    expect(linkAnchor('https://notes.example/day#')).toBe('');
    expect(linkAnchor('https://notes.example/day')).toBe('');
    // canonicalUrl reads a link alone when its base is unusable; so does linkAnchor.
    expect(linkAnchor('https://notes.example/day#n3', 'not a base')).toBe('#n3');
    expect(linkAnchor('no url #x')).toBe('');
  });
});

describe('canonicalHostname: the host canonicalUrl gives, from the hostname alone', () => {
  it.each([
    ['old.reddit.com', 'www.reddit.com'],
    ['uber.com', 'www.uber.com'],
    ['bytebytego.substack.com', 'blog.bytebytego.com'],
    ['muratbuffalo.blogspot.co.uk', 'muratbuffalo.blogspot.com'],
    ['jepsen.io', 'jepsen.io'],
    // Share links take the publication from the path.
    ['open.substack.com', null],
  ])('%s → %s', (hostname, host) => expect(canonicalHostname(hostname)).toBe(host));

  // The badges script rules out links by this alone: it must never disagree with canonicalUrl.
  it('agrees with the host of every canonical URL', () => {
    const hosts = [
      'old.reddit.com',
      'Reddit.com',
      'uber.com',
      'www.uber.com',
      'bytebytego.substack.com',
      'foo.substack.com',
      'x.blogspot.rs',
      'x.blogspot.evil.example',
      'open.substack.com',
      'dev.to',
      '[::1]',
      '127.0.0.1',
      'xn--bcher-kva.example',
    ];
    const paths = ['/', '/p/slug', '/pub/bytebytego/p/slug', '/en-in/blog/x/', '/2026/01/a.html?m=1'];
    for (const host of hosts) {
      for (const path of paths) {
        for (const scheme of ['http://', 'https://']) {
          const input = `${scheme}${host}${path}`;
          const canonical = canonicalUrl(input);
          if (canonical === null) continue;
          const expected = canonicalHostname(new URL(input).hostname);
          if (expected !== null) expect(new URL(canonical).hostname, input).toBe(expected);
        }
      }
    }
  });
});
