import { describe, expect, it } from 'vitest';
import { lookupLinks } from '../../../../utils/badges/lookup-links';
import { setRead } from '../../support/marks';
import { KnownUrls } from '../../../../utils/sync/known-urls';
import { article, testDatabase } from '../../support/test-db';

const BASICS = 'https://lamport.azurewebsites.net/pubs/paxos-simple.pdf';
const LIVE = 'https://research.google/pubs/paxos-made-live-an-engineering-perspective-2006-invited-talk';
const FEED = 'https://blog.example.com/a-post';

describe("a badge card's guidance", () => {
  it('carries level, minutes and the first unread prerequisite, and drops it once that is read', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: BASICS, title: 'Paxos Made Simple', level: 'intermediate', minutes: 45 }),
      article({ url: LIVE, title: 'Paxos Made Live', level: 'intermediate', minutes: 60, prerequisites: [BASICS] }),
      article({ url: FEED, title: 'A post', level: 'intro', minutes: 10, estimated: true }),
    ]);
    const known = new KnownUrls(db);
    const links = await lookupLinks(db, known, [LIVE, FEED]);
    expect(links.find((link) => link.url === LIVE)).toMatchObject({
      guide: 'Intermediate · 1 h',
      readFirst: 'Paxos Made Simple',
    });
    expect(links.find((link) => link.url === FEED)).toMatchObject({ guide: 'Intro · about 10 min (estimated)' });
    expect(links.find((link) => link.url === FEED)?.readFirst).toBeUndefined();

    await setRead(db, BASICS, true);
    const [after] = await lookupLinks(db, known, [LIVE]);
    expect(after?.readFirst).toBeUndefined();
  });
});
