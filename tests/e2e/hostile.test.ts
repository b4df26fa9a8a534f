import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { ROOT } from '../support/paths';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { startSourceSites, type SourceSites } from './support/source-sites';

const vectors = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/hostile/vectors.json'), 'utf8')) as {
  markup: string[];
  links: string[];
  literal: string;
};
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const TOPICS = '<category>consensus</category><category>replication</category>';

/** RSS where every hostile string is a title, a summary and an author, escaped and in CDATA. */
function hostileRss(host: string): string {
  const items = vectors.markup.flatMap((vector, i) => [
    `<item><title>${xml(vector)}</title><link>https://${host}/escaped/${i}</link><description>${xml(vector)}</description><dc:creator>${xml(vector)}</dc:creator>${TOPICS}</item>`,
    `<item><title>${cdata(vector)}</title><link>https://${host}/cdata/${i}</link><description>${cdata(vector)}</description>${TOPICS}</item>`,
  ]);
  const links = vectors.links.map(
    (link, i) =>
      `<item><title>Hostile link ${i}: Raft consensus</title><link>${xml(link)}</link><guid>${xml(link)}</guid>${TOPICS}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xml('<img src=x onerror="window.__pwned=1">Hostile feed')}</title><link>javascript:window.__pwned=1</link><description>x</description>${items.join('')}${links.join('')}</channel></rss>`;
}

/** Atom with the same strings as html and as xhtml content, and as type="text", which stays text. */
function hostileAtom(host: string): string {
  const textEntries = vectors.markup.map(
    (vector, i) =>
      `<entry><id>urn:hostile:text:${i}</id><title type="text">${xml(vector)}</title><link rel="alternate" href="https://${host}/atom-text/${i}"/><updated>2026-11-20T00:00:00Z</updated><category term="consensus"/><category term="replication"/><summary type="text">Textconstruct ${i}: ${xml(vector)} raft quorum</summary></entry>`,
  );
  const entries = vectors.markup.map(
    (vector, i) =>
      `<entry><id>urn:hostile:${i}</id><title type="html">${xml(vector)}</title><link rel="alternate" href="https://${host}/atom/${i}"/><updated>2026-11-20T00:00:00Z</updated><category term="consensus"/><category term="replication"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${i % 2 ? '<script>window.__pwned=1</script>' : '<img src="x" onerror="window.__pwned=1"/>'} raft</div></content><summary type="html">${xml(vector)}</summary><author><name>${xml(vector)}</name></author></entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile atom</title><id>urn:hostile</id><updated>2026-11-20T00:00:00Z</updated>${entries.join('')}${textEntries.join('')}</feed>`;
}

describe('hostile feeds cannot run code or smuggle links into any page', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  const [rssSource, atomSource] = [
    DEFAULT_FEED_SOURCES.find((s) => s.id === 'jepsen')!,
    DEFAULT_FEED_SOURCES.find((s) => s.id === 'aphyr')!,
  ];
  const inputs = vectors.markup.length * (4 + 3 + 2) + vectors.links.length + 2;

  beforeAll(async () => {
    sites = await startSourceSites([new URL(rssSource.feed).host, new URL(atomSource.feed).host]);
    const rssUrl = new URL(rssSource.feed);
    const atomUrl = new URL(atomSource.feed);
    sites.routes.set(
      `${rssUrl.host}${rssUrl.pathname}`,
      (_, response) =>
        void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(hostileRss(rssUrl.host)),
    );
    sites.routes.set(
      `${atomUrl.host}${atomUrl.pathname}`,
      (_, response) =>
        void response.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(hostileAtom(atomUrl.host)),
    );
    session = await launchExtension({ args: sites.chromiumArgs });
    const page = await session.openPage('options.html');
    // Wait for the first sync: both hostile feeds have been fetched and merged.
    for (let attempt = 0; attempt < 300; attempt++) {
      // Until the extension has created its database, there is nothing to read yet.
      const feeds = await readStore<{ id: string; lastSuccessAt?: number }>(page, 'feeds').catch(() => []);
      if (['feed:jepsen', 'feed:aphyr'].every((id) => feeds.find((feed) => feed.id === id)?.lastSuccessAt)) break;
      await page.waitForTimeout(100);
    }
    console.log(`hostile inputs tried: ${inputs}`);
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  /** The page's state after hostile content has had every chance to run. */
  async function audit(page: Page) {
    await page.waitForTimeout(300);
    return page.evaluate(() => {
      // What the app rendered (and the snapshot painted), not the page's own static shell.
      const rendered = [...document.querySelectorAll('#root, #snapshot')];
      const all = (selector: string) => rendered.flatMap((root) => [...root.querySelectorAll(selector)]);
      // Quorum's own controls: the search and add-feed forms, and the disclosure that lists the
      // feeds failing for one reason (their titles inside it are text, which the audit checks).
      const ours = 'form.search, form.add-feed__form, .failure-group > details';
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        badLinks: all('a[href]')
          .map((a) => (a as HTMLAnchorElement).href)
          .filter((href) => !/^(https?|chrome-extension):/.test(href)),
        activeElements: all(
          'script, iframe, object, embed, form, meta, base, video, details, marquee, math, [onerror], [onload], [onclick], [onfocus], [style*="javascript"]',
        )
          .filter((el) => !el.matches(ours))
          .map((el) => el.outerHTML.slice(0, 80)),
        images: all('img').filter((img) => !img.closest('.brand')).length,
        svgs: all('svg').filter((svg) => !svg.closest('.chart')).length,
        text: document.body.innerText,
      };
    });
  }

  it('stores hostile text as plain text and drops every item whose link is not http(s)', async () => {
    const page = await session.openPage('options.html');
    const stored = (await readStore<Article>(page, 'articles')).filter(
      (a) => a.feedIds.includes('feed:jepsen') || a.feedIds.includes('feed:aphyr'),
    );
    expect(stored.every((a) => /^https:\/\//.test(a.url))).toBe(true);
    // What survives is what a browser would also make of it: a plain https address (the
    // protocol-relative link, and an entity-spelled one that is only a path on the feed's host).
    const survivors = stored.filter((a) => /Hostile link/.test(a.title)).map((a) => a.url);
    expect(survivors).toContain('https://evil.example/protocol-relative');
    expect(survivors.length).toBeLessThanOrEqual(2);
    expect(survivors.every((url) => url.startsWith('https://') && !/script|data:/i.test(url))).toBe(true);
    // Atom type="text" is text: what the feed wrote is kept, as characters, never as markup.
    const asText = stored.filter((a) => a.url.includes('/atom-text/'));
    expect(asText).toHaveLength(vectors.markup.length);
    for (const a of asText) {
      const vector = vectors.markup[Number(a.url.split('/').pop())]!;
      if (!vector.includes('&')) expect(a.title).toBe(vector.replace(/\s+/g, ' ').trim());
    }
    for (const a of stored.filter((article) => !asText.includes(article))) {
      for (const field of [a.title, a.summary, a.author ?? '', a.source])
        expect(field, a.url).not.toMatch(
          /<\s*(script|img|svg|iframe|object|embed|style|a |body|details|math|input|video|marquee|form|meta|base)\b/i,
        );
    }
    expect(stored.find((a) => a.url.endsWith('/escaped/' + vectors.markup.indexOf(vectors.literal)))?.title).toBe(
      vectors.literal,
    );
  });

  it('new tab, search, popup and options stay inert, and text shows as text', async () => {
    // Each hostile feed's own list (its title, stripped to text, is the source), so the audit
    // looks at the hostile articles and not at safe ones.
    for (const source of ['Hostile feed', 'Hostile atom']) {
      const page = await session.openPage(`newtab.html#low=1&source=${encodeURIComponent(source)}`);
      await expect.poll(() => page.locator('#root article').count(), { timeout: 15_000 }).toBe(30);
      expect(await audit(page)).toMatchObject({
        pwned: undefined,
        badLinks: [],
        activeElements: [],
        images: 0,
        svgs: 0,
      });
    }
    const newtab = await session.openPage('newtab.html#low=1');

    await newtab.fill('#quorum-search', 'apostrophes');
    await expect
      .poll(() => newtab.locator('#root article h2').first().textContent(), { timeout: 10_000 })
      .toBe(vectors.literal);
    expect(await audit(newtab)).toMatchObject({ pwned: undefined, badLinks: [], activeElements: [], images: 0 });

    // Titles kept as text, markup characters and all, render as those characters and nothing more.
    await newtab.fill('#quorum-search', 'textconstruct');
    await expect.poll(() => newtab.locator('#root article').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(10);
    const textAudit = await audit(newtab);
    expect(textAudit).toMatchObject({ pwned: undefined, badLinks: [], activeElements: [], images: 0, svgs: 0 });
    expect(textAudit.text).toMatch(/<(script|img src=x|svg onload)/);

    const popup = await session.openPage('popup.html');
    await popup.locator('#root article').first().waitFor();
    expect(await audit(popup)).toMatchObject({
      pwned: undefined,
      badLinks: [],
      activeElements: [],
      images: 0,
      svgs: 0,
    });

    const options = await session.openPage('options.html');
    await options.locator('#feeds li.feed').first().waitFor();
    const optionsAudit = await audit(options);
    expect(optionsAudit).toMatchObject({ pwned: undefined, badLinks: [], activeElements: [], images: 0, svgs: 0 });
  });
});
