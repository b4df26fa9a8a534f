import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFeed } from '../../../../utils/feeds/find-feed';
import { serveFeed, startTestServer, type TestServer } from '../../../support/feed-server';
import { relevantItems, rss } from '../../../support/rss';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const feed = serveFeed(() => rss({ title: 'The Blog', link: `${server.origin}/`, items: relevantItems('Blog', 4) }));
  server.routes.set('/declared.xml', feed);
  server.routes.set('/feed', feed);
  const html = (head: string) => (_: unknown, response: import('node:http').ServerResponse) =>
    void response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html><head>${head}</head><body>Blog</body></html>`);
  server.routes.set('/with-link', html('<link rel="alternate" type="application/rss+xml" href="/declared.xml">'));
  server.routes.set('/without-link', html('<title>Blog</title>'));
});
afterAll(async () => {
  await server.close();
});

describe('findFeed', () => {
  it('takes a feed address as it is', async () => {
    const result = await findFeed(`${server.origin}/declared.xml`);
    expect(result.ok && [result.url, result.feed.title, result.feed.items.length]).toEqual([
      `${server.origin}/declared.xml`,
      'The Blog',
      4,
    ]);
  });
  it('follows the feed a page declares', async () => {
    const result = await findFeed(`${server.origin}/with-link`);
    expect(result.ok && result.url).toBe(`${server.origin}/declared.xml`);
  });
  it('tries the usual paths when a page declares none', async () => {
    const result = await findFeed(`${server.origin}/without-link`);
    expect(result.ok && result.url).toBe(`${server.origin}/feed`);
  });
  it('says so when there is no feed to be found', async () => {
    server.routes.delete('/feed');
    const result = await findFeed(`${server.origin}/without-link`);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^No feed found/) });
  });
  it('passes on the server’s answer when the address fails', async () => {
    expect(await findFeed(`${server.origin}/missing`)).toEqual({
      ok: false,
      error: 'The server answered 404 Not Found: the feed is no longer at this address.',
    });
  });
});
