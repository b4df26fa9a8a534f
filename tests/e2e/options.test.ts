import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import type { Feed } from '../../utils/schemas/feed';
import type { ReadingState } from '../../utils/schemas/reading';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { serveFeed } from '../support/feed-server';
import { relevantItems, rss } from '../support/rss';
import { seriousViolations } from './support/axe';
import { contentWorld, readBadges } from './support/content-world';
import { launchExtension, type ExtensionSession } from './support/extension';
import { waitForLive } from './support/live-page';
import { readStore } from './support/messages';
import { putRows } from './support/seed';
import { startSourceSites, type SourceSites } from './support/source-sites';

// A blog page on a host Quorum already has access to (a default source's), so adding its feed
// needs no permission prompt: browsers offer automation no way to answer that prompt.
const BLOG_PAGE = 'https://tigerbeetle.com/team';
const NEW_FEED = 'https://tigerbeetle.com/engineering.xml';

describe('options: feeds, settings and your data', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    sites = await startSourceSites(DEFAULT_FEED_SOURCES.map((source) => new URL(source.feed).host));
    for (const source of DEFAULT_FEED_SOURCES) {
      const url = new URL(source.feed);
      sites.routes.set(
        `${url.host}${url.pathname}${url.search}`,
        serveFeed(() => rss({ title: source.name, link: source.home, items: relevantItems(source.id, 1) })),
      );
    }
    sites.routes.set(
      'tigerbeetle.com/team',
      (_, response) =>
        void response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(
            '<!doctype html><html><head><title>Team</title><link rel="alternate" type="application/rss+xml" title="Engineering" href="/engineering.xml"></head><body>Team</body></html>',
          ),
    );
    sites.routes.set(
      'tigerbeetle.com/engineering.xml',
      serveFeed(() =>
        rss({
          title: 'TigerBeetle Engineering',
          link: 'https://tigerbeetle.com',
          items: relevantItems('Engineering', 3).map((item, i) => ({
            ...item,
            // Short notes on one page, each at its own anchor: every one is an article of its own.
            link: `https://tigerbeetle.com/engineering/notes#n${i}`,
          })),
        }),
      ),
    );
    sites.routes.set(
      'tigerbeetle.com/engineering/notes',
      (_, response) =>
        void response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(
            '<!doctype html><title>Notes</title><p><a href="#n0">First note</a> <a href="#n1">Second note</a> ' +
              '<a href="https://tigerbeetle.com/engineering/notes#n2">Third note</a> <a href="#top">Top</a> ' +
              '<a href="/engineering/notes">All notes</a>',
          ),
    );
    sites.routes.set(
      'tigerbeetle.com/not-a-feed',
      (_, response) =>
        void response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title>'),
    );
    session = await launchExtension({ args: sites.chromiumArgs });
    options = await session.openPage('options.html');
    // The first sync after install has run when every default feed has succeeded.
    await options.waitForFunction(
      async (expected) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            storage: { local: { get(key: string): Promise<{ syncProgress?: { running: boolean; done: number } }> } };
          };
        };
        const { syncProgress } = await chrome.storage.local.get('syncProgress');
        return syncProgress?.running === false && syncProgress.done === expected;
      },
      DEFAULT_FEED_SOURCES.length,
      { timeout: 30_000 },
    );
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  const status = () => options.locator('#add-feed-status');

  it('lists every subscription with its state, and has no serious accessibility violations', async () => {
    await options.reload();
    const rows = options.locator('#feeds li.feed');
    await expect.poll(() => rows.count()).toBe(DEFAULT_FEED_SOURCES.length + 1);
    const jepsen = options.locator('#feed-feed\\:jepsen');
    expect(await jepsen.locator('h3').textContent()).toBe('Jepsen');
    await expect
      .poll(
        async () =>
          `${await jepsen.locator('.feed__state').textContent()} ${(await jepsen.locator('.feed__error').allTextContents()).join('')}`,
        { timeout: 15_000 },
      )
      .toMatch(/\b1 article(?!s).*Updated (now|\d+ (second|minute)s? ago).*Next check in/);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('refuses what it cannot follow, each with a reason', async () => {
    for (const [input, message] of [
      ['ftp://example.com/feed', 'Only web addresses (http or https) can be followed.'],
      ['not a url', '“not a url” is not a web address.'],
      ['https://jepsen.io/blog.atom', 'You already follow this: “Jepsen”.'],
      ['https://tigerbeetle.com/not-a-feed', 'No feed found'],
    ]) {
      await options.fill('#add-feed-url', input!);
      await options.getByRole('button', { name: 'Find feed' }).click();
      await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain(message);
    }

    // A followed feed that is failing just now is still named as followed, not as broken.
    const jepsen = (await readStore<Feed>(options, 'feeds')).find(
      (feed) => feed.url === 'https://jepsen.io/blog.atom',
    )!;
    const route = sites.routes.get('jepsen.io/blog.atom');
    sites.routes.set(
      'jepsen.io/blog.atom',
      serveFeed(() => '<rss><channel><item></channel></rss>'),
    );
    await putRows(options, 'feeds', [{ ...jepsen, lastError: 'The feed is not well-formed XML.' }]);
    try {
      await options.fill('#add-feed-url', 'https://jepsen.io/blog.atom');
      await options.getByRole('button', { name: 'Find feed' }).click();
      await expect
        .poll(() => status().textContent(), { timeout: 15_000 })
        .toBe('You already follow this: “Jepsen”. Its last refresh failed: its row in the list below says why.');
    } finally {
      sites.routes.set('jepsen.io/blog.atom', route!);
      await putRows(options, 'feeds', [jepsen]);
    }
  });

  it("shows what a reader's feedback did to a feed, and takes it back", async () => {
    const jepsen = (await readStore<Feed>(options, 'feeds')).find(
      (feed) => feed.url === 'https://jepsen.io/blog.atom',
    )!;
    const row = options.locator('#feed-feed\\:jepsen');
    await row.locator('.feed__controls').waitFor();
    expect(await row.locator('.feed__nudge').count()).toBe(0);
    // Two "Not distributed systems" on its cards, given in a new tab before Options is opened.
    await putRows(options, 'feeds', [{ ...jepsen, relevanceAdjust: -0.1 }]);
    await options.reload();
    await expect
      .poll(() => row.locator('.feed__nudge').textContent())
      .toBe('Fewer of its new posts in Picks: your feedback lowers their relevance by 10 percentage points. Reset');
    await row.getByRole('button', { name: 'Reset your feedback on Jepsen' }).click();
    await expect
      .poll(async () => (await readStore<Feed>(options, 'feeds')).find((feed) => feed.id === jepsen.id))
      .not.toHaveProperty('relevanceAdjust');
    // The line says what changed and offers the nudge back; focus moved to that Undo.
    await expect
      .poll(() => row.locator('.feed__nudge').textContent())
      .toBe('Your feedback on this feed is reset: its new posts are judged by their words alone. Undo');
    const undo = row.getByRole('button', { name: 'Undo the reset of your feedback on Jepsen' });
    await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await undo.click();
    await expect
      .poll(
        async () => (await readStore<Feed>(options, 'feeds')).find((feed) => feed.id === jepsen.id)?.relevanceAdjust,
      )
      .toBe(-0.1);
    await expect.poll(() => row.locator('.feed__nudge').textContent()).toMatch(/^Fewer of its new posts/);
    const reset = row.getByRole('button', { name: 'Reset your feedback on Jepsen' });
    await expect.poll(() => reset.evaluate((button) => button === document.activeElement)).toBe(true);
    await reset.click();
    await expect
      .poll(async () => (await readStore<Feed>(options, 'feeds')).find((feed) => feed.id === jepsen.id))
      .not.toHaveProperty('relevanceAdjust');
  });

  it('keeps every post of a feed marked all about distributed systems in Picks, and says why', async () => {
    const post = {
      url: 'https://jepsen.io/blog/office-bread',
      title: 'Banana bread at the office',
      source: 'Jepsen',
      summary: '',
      topics: [],
      kind: 'article',
      relevance: 0.05,
      curated: false,
      feedIds: ['feed:jepsen'],
      firstSeenAt: Date.now(),
      publishedAt: Date.now(),
      // Above the starter library, so the card is on the first screen once it is let in.
      rank: 1e6,
    };
    // A hidden post of the same feed under another source name (a feed that aggregates), which
    // the link, filtering by the source its own posts show, leaves out.
    const elsewhere = {
      ...post,
      url: 'https://other.example/sourdough',
      title: 'Sourdough starters for the whole team',
      source: 'Other & Co',
      relevance: 0.06,
    };
    await putRows(options, 'articles', [post, elsewhere]);
    const card = (page: Page) => page.locator(`#root .picks article[data-url="${post.url}"]`);
    const before = await session.openPage('newtab.html');
    await waitForLive(before);
    await before.locator('#root .picks article').first().waitFor();
    expect(await card(before).count()).toBe(0);

    await options.reload();
    const onTopic = options
      .locator('#feed-feed\\:jepsen')
      .getByRole('checkbox', { name: 'All about distributed systems' });
    // Described by its feed and by what the tooltip says, for those who never see the tooltip.
    expect(
      await onTopic.evaluate((box) =>
        box
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' | '),
      ),
    ).toBe('Jepsen | Every post of this feed goes to Picks, those already here too, whatever its relevance.');
    // The row says how many of the feed's posts are hidden, beside the switch that lets them in.
    const state = options.locator('#feed-feed\\:jepsen .feed__state');
    await expect.poll(() => state.textContent()).toMatch(/[1-9]\d* stored posts? hidden from Picks as low relevance/);
    // The count opens the new tab on this source's posts, the hidden ones shown, to judge them first.
    const [shown] = await Promise.all([
      session.context.waitForEvent('page'),
      state.getByRole('link', { name: /hidden from Picks as low relevance/ }).click(),
    ]);
    await shown.waitForLoadState();
    expect(new URL(shown.url()).hash).toBe('#source=Jepsen&read=1&low=1');
    await card(shown).waitFor();
    expect(await shown.locator(`#root .picks article[data-url="${elsewhere.url}"]`).count()).toBe(0);
    await shown.close();
    // The box shows what is stored: it turns once the feed's posts are judged again.
    await onTopic.click();
    await expect.poll(() => onTopic.isChecked()).toBe(true);
    await expect.poll(() => state.textContent()).not.toMatch(/hidden from Picks/);
    await expect
      .poll(async () => (await readStore<Article>(options, 'articles')).find((row) => row.url === post.url)?.relevance)
      .toBe(1);
    const after = await session.openPage('newtab.html');
    await card(after).waitFor();
    await card(after).getByRole('button', { name: 'Why this pick?' }).click();
    await expect
      .poll(() => card(after).locator('.why__text').textContent())
      .toBe('From “Jepsen”, which you marked as all about distributed systems.');

    // Taken back: the post is judged by its words again, and they are not about the field.
    await onTopic.click();
    await expect.poll(() => onTopic.isChecked()).toBe(false);
    await expect
      .poll(async () => (await readStore<Article>(options, 'articles')).find((row) => row.url === post.url)?.relevance)
      .toBeLessThan(0.35);
    await expect.poll(() => state.textContent()).toMatch(/[1-9]\d* stored posts? hidden from Picks as low relevance/);
    expect((await readStore<Feed>(options, 'feeds')).find((feed) => feed.id === 'feed:jepsen')).not.toHaveProperty(
      'allOnTopic',
    );
    await before.close();
    await after.close();
  });

  it('finds the feed a blog page declares, previews it, follows it, and syncs it', async () => {
    await options.fill('#add-feed-url', BLOG_PAGE);
    await options.getByRole('button', { name: 'Find feed' }).click();
    const preview = options.getByRole('region', { name: 'Feed found' });
    await expect.poll(() => preview.locator('h3').textContent(), { timeout: 15_000 }).toBe('TigerBeetle Engineering');
    expect(await preview.textContent()).toContain(`A feed with 3 articles, at ${NEW_FEED}`);
    expect(await preview.locator('li').count()).toBe(3);
    await preview.getByRole('button', { name: 'Follow this feed' }).click();
    await expect.poll(() => status().textContent()).toContain('Following “TigerBeetle Engineering”');
    await expect
      .poll(
        async () =>
          (await readStore<Article>(options, 'articles'))
            .map((article) => article.url)
            .filter((url) => url.startsWith('https://tigerbeetle.com/engineering/'))
            .sort(),
        { timeout: 15_000 },
      )
      .toEqual([0, 1, 2].map((i) => `https://tigerbeetle.com/engineering/notes#n${i}`));
    await expect
      .poll(() => options.locator('#feeds li.feed h3', { hasText: 'TigerBeetle Engineering' }).count())
      .toBe(1);
  });

  it("badges each note of the feed's page at its own anchor, and no other link to that page", async () => {
    const page = await session.context.newPage();
    try {
      await page.goto('https://tigerbeetle.com/engineering/notes');
      const world = await contentWorld(page, session.extensionId);
      await expect.poll(async () => (await readBadges(world)).length, { timeout: 10_000 }).toBe(3);
      expect((await readBadges(world)).map((badge) => [badge.after, badge.label])).toEqual([
        ['#n0', 'Quorum: unread pick'],
        ['#n1', 'Quorum: unread pick'],
        ['https://tigerbeetle.com/engineering/notes#n2', 'Quorum: unread pick'],
      ]);
    } finally {
      await page.close();
    }
  });

  it('removes a feed after saying what goes and what stays; read articles stay', async () => {
    const newtab = await session.openPage('newtab.html#source=TigerBeetle%20Engineering');
    const card = newtab.locator('#root article').first();
    const kept = await card.locator('h2 a').getAttribute('href');
    await card.getByRole('button', { name: 'Mark as read' }).click();
    await expect
      .poll(async () =>
        (await readStore<ReadingState>(options, 'reading')).some((mark) => mark.url === kept && mark.readAt),
      )
      .toBe(true);

    await options.getByRole('button', { name: 'Remove TigerBeetle Engineering' }).click();
    const dialog = options.getByRole('dialog', { name: 'Remove “TigerBeetle Engineering”?' });
    expect(await dialog.textContent()).toContain(
      '2 of its articles that you have not read or saved will be removed. 1 that you read',
    );
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect
      .poll(() => options.locator('#feeds li.feed h3', { hasText: 'TigerBeetle Engineering' }).count())
      .toBe(0);
    const left = (await readStore<Article>(options, 'articles')).filter((article) =>
      article.url.startsWith('https://tigerbeetle.com/engineering/'),
    );
    expect(left.map((article) => article.url)).toEqual([kept]);
  });

  it('applies a setting at once in an open new tab', async () => {
    const newtab = await session.openPage('newtab.html');
    await newtab.locator('#root article').first().waitFor();
    await options.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => newtab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await options.getByLabel('Theme').selectOption('system');
    await expect.poll(() => newtab.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  it('refuses a corrupt import file with a clear message and changes nothing', async () => {
    const before = await readStore<ReadingState>(options, 'reading');
    const file = join(tmpdir(), 'quorum-corrupt.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'quorum-export',
        version: 1,
        exportedAt: 'yesterday',
        reading: 'lots',
        feeds: [],
        settings: {},
      }),
    );
    await options.locator('#data input[type=file]').setInputFiles(file);
    const alert = options.locator('#data [role=alert]');
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^“quorum-corrupt\.json”: This export has problems, so nothing was imported: exportedAt: .+; reading: .+/,
      );
    expect(await options.getByRole('region', { name: 'Import summary' }).count()).toBe(0);
    expect(await readStore<ReadingState>(options, 'reading')).toEqual(before);

    // A damaged export is named as one, not as "not an OPML file"; an empty file as empty.
    for (const [name, text, message] of [
      ['quorum-garbage.json', 'not json at all {{{', 'This is not a Quorum export: the file is not valid JSON.'],
      ['quorum-empty.json', '', 'The file is empty, so nothing was imported.'],
    ] as const) {
      const path = join(tmpdir(), name);
      await writeFile(path, text);
      await options.locator('#data input[type=file]').setInputFiles(path);
      await expect.poll(() => alert.textContent()).toBe(`“${name}”: ${message}`);
    }
    expect(await readStore<ReadingState>(options, 'reading')).toEqual(before);
  });

  it('exports everything, and a fresh profile imports it with nothing lost', async () => {
    const newtab = await session.openPage('newtab.html');
    const cards = newtab.locator('#root article');
    await cards.nth(3).getByRole('button', { name: 'Save' }).click();
    await cards.nth(4).getByRole('button', { name: 'Mark as read' }).click();
    await expect
      .poll(async () => (await readStore<ReadingState>(options, 'reading')).filter((mark) => mark.savedAt).length)
      .toBeGreaterThan(0);
    const marks = await readStore<ReadingState>(options, 'reading');

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const file = join(tmpdir(), 'quorum-export-test.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      reading: unknown[];
      feeds: unknown[];
    };
    expect(exported.format).toBe('quorum-export');
    expect(exported.reading).toHaveLength(marks.length);

    const opmlDownload = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export subscriptions (OPML)' }).click();
    const opml = await readFile((await (await opmlDownload).path())!, 'utf8');
    expect(opml).toContain('xmlUrl="https://jepsen.io/blog.atom"');

    const fresh = await launchExtension({ args: sites.chromiumArgs });
    try {
      const page = await fresh.openPage('options.html');
      await page.locator('#data input[type=file]').setInputFiles(file);
      const summary = page.getByRole('region', { name: 'Import summary' });
      await expect
        .poll(() => summary.textContent())
        .toContain(`It holds ${marks.filter((m) => m.readAt).length} read mark`);
      await summary.getByRole('button', { name: 'Import' }).click();
      await expect
        .poll(() => page.locator('#data [role=status]').textContent())
        .toMatch(/^Imported “quorum-export-test\.json”: marks changed on \d+ articles?, 0 feeds added\.$/);
      const imported = await readStore<ReadingState>(page, 'reading');
      const byUrl = (list: ReadingState[]) => [...list].sort((a, b) => a.url.localeCompare(b.url));
      expect(byUrl(imported)).toEqual(byUrl(marks));
    } finally {
      await fresh.close();
    }
  });

  it('imports an OPML file from another reader, folders and all', async () => {
    const file = join(tmpdir(), 'reader.opml');
    await writeFile(
      file,
      `<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body><outline text="DS"><outline text="TB Engineering" xmlUrl="${NEW_FEED}"/><outline text="Jepsen" xmlUrl="https://jepsen.io/blog.atom"/></outline></body></opml>`,
    );
    await options.locator('#data input[type=file]').setInputFiles(file);
    const summary = options.getByRole('region', { name: 'Import summary' });
    await expect.poll(() => summary.textContent()).toContain('It lists 2 feeds: 1 new, 1 already followed.');
    await summary.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => options.locator('#data [role=status]').textContent())
      .toBe('Imported “reader.opml”: 1 feed added.');
    await expect
      .poll(
        async () => (await readStore<Feed>(options, 'feeds')).find((feed) => feed.url === NEW_FEED)?.lastSuccessAt,
        { timeout: 15_000 },
      )
      .toBeTypeOf('number');
  });

  it('resets everything after naming what will be lost', async () => {
    // Both pages that paint from a snapshot have one before the reset.
    for (const page of ['newtab', 'popup']) {
      const opened = await session.openPage(`${page}.html`);
      await opened.waitForFunction((key) => localStorage.getItem(key) !== null, `quorum:${page}-snapshot`);
      await opened.close();
    }
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Reset everything?' });
    expect(await dialog.textContent()).toMatch(
      /This deletes \d+ read marks?, \d+ saved articles?, \d+ dismissed articles?, 1 feed you added, \d+ stored articles and your settings/,
    );
    await dialog.getByRole('button', { name: 'Reset everything' }).click();
    // The reset writes the whole starter library again: seconds on a busy machine.
    await expect
      .poll(() => options.locator('#data [role=status]').textContent(), { timeout: 15_000 })
      .toContain('back to a first run');
    expect(await readStore<ReadingState>(options, 'reading')).toEqual([]);
    const feeds = await readStore<Feed>(options, 'feeds');
    expect(feeds.map((feed) => feed.id).sort()).toEqual(
      ['pack:starter', ...DEFAULT_FEED_SOURCES.map((source) => `feed:${source.id}`)].sort(),
    );
    // The next popup paints nothing from before the reset: its first frame waits for live data.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await waitForLive(popup);
    expect(await popup.evaluate(() => performance.getEntriesByName('quorum:snapshot').length)).toBe(0);
    await popup.close();
  });
});
