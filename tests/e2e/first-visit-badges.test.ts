import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { contentWorld, readBadges } from './support/content-world';
import { launchExtension, type ExtensionSession } from './support/extension';
import { startSourceSites, type SourceSites } from './support/source-sites';

const HN_FRONT = readFileSync(resolve(ROOT, 'tests/fixtures/pages/hn-front.html'), 'utf8');

/**
 * A new user's first visit: a source page opened the moment Quorum is installed, while the
 * background may still be storing the starter library, shows the badges of its known links.
 * (The lookups used to reach the background first, and the set of known URLs stayed empty.)
 */
describe('badges on the first visit after install', () => {
  let sites: SourceSites;
  let session: ExtensionSession;

  beforeAll(async () => {
    sites = await startSourceSites(['news.ycombinator.com']);
    sites.routes.set('news.ycombinator.com/', (_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HN_FRONT);
    });
    // A fresh profile: nothing installed before this launch.
    session = await launchExtension({ args: sites.chromiumArgs });
  });

  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  it('badges the known links of a page visited straight after launch, with nothing opened before it', async () => {
    const page = await session.context.newPage();
    await page.goto('https://news.ycombinator.com/');
    const world = await contentWorld(page, session.extensionId);
    await expect
      .poll(async () => (await readBadges(world)).map((badge) => badge.after), { timeout: 15_000 })
      .toEqual([
        'https://martin.kleppmann.com/2015/05/11/please-stop-calling-databases-cp-or-ap.html',
        'https://jepsen.io/analyses/etcd-3.4.3#discussion',
        'https://dl.acm.org/doi/10.1145/359545.359563?utm_source=hackernews&utm_medium=social',
        'http://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods/',
      ]);
    // No extension page was opened first to warm the library up.
    expect(session.context.pages().filter((open) => open.url().startsWith('chrome-extension://'))).toEqual([]);
  });
});
