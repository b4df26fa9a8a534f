import { describe, expect, it } from 'vitest';
import { recordDiscussions } from '../../../../utils/badges/record-discussions';
import { exportData } from '../../../../utils/data/export-data';
import { ExportFileSchema } from '../../../../utils/data/export-schema';
import { applyImport, readImportFile } from '../../../../utils/data/import-data';
import { resetEverything } from '../../../../utils/data/reset';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';
import { article, testDatabase } from '../../support/test-db';

const A = 'https://a.example/post';

describe('discussions in export, import and reset', () => {
  it('exports discussions and brings them back onto the same article in another profile', async () => {
    const source = testDatabase();
    await source.articles.put(article({ url: A }));
    await recordDiscussions(
      source,
      'news.ycombinator.com',
      [{ articleUrl: A, url: 'https://news.ycombinator.com/item?id=9', comments: 212 }],
      5,
    );
    const file = await exportData(source, DEFAULT_SETTINGS, new Date('2026-11-22T00:00:00Z'));
    expect(ExportFileSchema.safeParse(file).success).toBe(true);
    expect(file.discussions).toEqual([
      { articleUrl: A, url: 'https://news.ycombinator.com/item?id=9', site: 'hacker-news', comments: 212, seenAt: 5 },
    ]);

    const read = readImportFile(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    const other = testDatabase();
    await other.articles.put(article({ url: A }));
    await applyImport(other, read.file);
    expect((await other.articles.get(A))?.discussions).toEqual((await source.articles.get(A))?.discussions);
  });

  it('reads an export from before discussions', () => {
    const file = {
      format: 'quorum-export',
      version: 1,
      exportedAt: '2026-11-22T00:00:00.000Z',
      reading: [],
      feeds: [],
      settings: DEFAULT_SETTINGS,
    };
    expect(readImportFile(JSON.stringify(file)).ok).toBe(true);
  });

  it('forgets discussions on reset', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: A }));
    await recordDiscussions(db, 'lobste.rs', [{ articleUrl: A, url: 'https://lobste.rs/s/abc' }], 5);
    await resetEverything(db, async () => ({
      format: 'quorum-pack',
      version: 1,
      title: 'Empty',
      updated: '2026-01-01',
      items: [],
    }));
    expect((await db.articles.toArray()).some((row) => row.discussions)).toBe(false);
  });
});
