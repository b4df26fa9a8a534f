import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { readStarterPack } from '../support/starter-pack';
import { clickInside, contentWorld, dockHost } from './support/content-world';
import { launchExtension, type ExtensionSession } from './support/extension';
import { startSourceSites, type SourceSites } from './support/source-sites';

const pack = readStarterPack();
const SAUNA = pack.items.find((item) => item.url.startsWith('https://muratbuffalo.blogspot.com/'))!;
const titleOf = (url: string) => pack.items.find((item) => item.url === url)!.title;
const article = readFileSync(resolve(ROOT, 'tests/fixtures/pages/article.html'), 'utf8')
  .replaceAll('{{TITLE}}', SAUNA.title)
  .replaceAll('{{CANONICAL}}', SAUNA.url);

describe("the card on a known article's own page", () => {
  let sites: SourceSites;
  let session: ExtensionSession;

  beforeAll(async () => {
    sites = await startSourceSites(['muratbuffalo.blogspot.com']);
    sites.routes.set(new URL(SAUNA.url).host + new URL(SAUNA.url).pathname, (_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article);
    });
    session = await launchExtension({ args: sites.chromiumArgs });
    const newtab = await session.openPage('newtab.html');
    await newtab.locator('#root article').first().waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  it('shows level, minutes and what to read first', async () => {
    expect(SAUNA.prerequisites?.length).toBeGreaterThan(0);
    const page = await session.context.newPage();
    await page.goto(SAUNA.url);
    const world = await contentWorld(page, session.extensionId);
    const dock = (expression: string) =>
      world.evaluate(
        `(() => { const host = document.querySelector('quorum-card'); if (!host) return null; const root = chrome.dom.openOrClosedShadowRoot(host); return ${expression}; })()`,
      );
    await expect
      .poll(() => dock(`root.querySelector('.pill button')?.textContent`), { timeout: 10_000 })
      .toBe('Quorum · unread pick');
    await clickInside(page, world, dockHost, 'button', 'Quorum · unread pick');
    const level = `${SAUNA.level![0]!.toUpperCase()}${SAUNA.level!.slice(1)}`;
    await expect
      .poll(() => dock(`root.querySelectorAll('.card .meta')[1]?.textContent`))
      .toBe(`${level} · ${SAUNA.minutes} min · Read first: ${titleOf(SAUNA.prerequisites![0]!)}`);
  });
});
