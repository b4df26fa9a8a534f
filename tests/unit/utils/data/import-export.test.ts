import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { exportData } from '../../../../utils/data/export-data';
import { ExportFileSchema, type ExportFile } from '../../../../utils/data/export-schema';
import { applyImport, readImportFile, summariseImport } from '../../../../utils/data/import-data';
import { setDismissed, setRead, setSaved } from '../../support/marks';
import { subscribe } from '../../../../utils/feeds/subscriptions';
import { getPathProgress, setPathProgress } from '../../../../utils/paths/path-progress';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';
import { testDatabase } from '../../support/test-db';

const A = 'https://a.example/post';
const B = 'https://b.example/post';

/** A version 2 export holding nothing but what `contents` gives it. */
const exportFile = (contents: Partial<ExportFile>): ExportFile => ({
  format: 'quorum-export',
  version: 2,
  exportedAt: '2026-11-22T00:00:00.000Z',
  settings: DEFAULT_SETTINGS,
  reading: [],
  feeds: [],
  ...contents,
});

async function profileWithData() {
  const db = testDatabase();
  await setRead(db, A, true, 1_000);
  await setSaved(db, B, true, 2_000);
  await setDismissed(db, 'https://c.example/x', true, 3_000);
  await subscribe(db, { url: 'https://feeds.example/rss.xml', title: 'Feeds', kind: 'feed' }, 500);
  return db;
}

describe('export and import', () => {
  it('exports a file its own schema accepts, and a fresh profile gets everything back', async () => {
    const source = await profileWithData();
    const file = await exportData(source, { ...DEFAULT_SETTINGS, theme: 'dark' }, new Date('2026-11-22T00:00:00Z'));
    expect(ExportFileSchema.safeParse(file).success).toBe(true);

    const read = readImportFile(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    const fresh = testDatabase();
    expect(await summariseImport(fresh, read.file)).toMatchObject({
      read: 1,
      saved: 1,
      dismissed: 1,
      feeds: 1,
      newFeeds: [{ url: 'https://feeds.example/rss.xml' }],
    });
    expect(await applyImport(fresh, read.file, 9_000)).toEqual({ marksChanged: 3, feedsAdded: 1 });
    expect(await fresh.reading.orderBy('url').toArray()).toEqual(await source.reading.orderBy('url').toArray());
    expect(await fresh.feeds.toArray()).toMatchObject([
      { url: 'https://feeds.example/rss.xml', title: 'Feeds', builtin: false, errorCount: 0 },
    ]);
  });

  it('imports a version 1 file mark by mark: the newer change of each mark wins, and nothing is deleted', async () => {
    const db = testDatabase();
    await setRead(db, A, true, 5_000); // newer here than in the file
    await setSaved(db, B, true, 1_000); // older here, but the file never saved B: it stays saved
    await setRead(db, 'https://only-here.example/p', true, 1_000);
    const v1 = {
      format: 'quorum-export',
      version: 1,
      exportedAt: '2026-11-22T00:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      feeds: [],
      reading: [
        { url: A, readAt: null, savedAt: null, dismissedAt: null, updatedAt: 4_000 },
        { url: B, readAt: 3_000, savedAt: null, dismissedAt: null, updatedAt: 3_000 },
      ],
    };
    const read = readImportFile(JSON.stringify(v1));
    if (!read.ok) throw new Error(read.error);
    expect(read.file.version).toBe(2);
    expect(await applyImport(db, read.file)).toEqual({ marksChanged: 1, feedsAdded: 0 });
    expect((await db.reading.get(A))?.readAt).toBe(5_000);
    expect(await db.reading.get(B)).toMatchObject({ readAt: 3_000, savedAt: 1_000 });
    expect(await db.reading.get('https://only-here.example/p')).toBeDefined();
  });

  it('carries a feed’s relevance choices to a fresh profile: all about distributed systems, and the feedback nudge', async () => {
    const source = await profileWithData();
    const id = (await source.feeds.where('url').equals('https://feeds.example/rss.xml').first())!.id;
    await source.feeds.update(id, { allOnTopic: true, relevanceAdjust: -0.1 });
    const read = readImportFile(JSON.stringify(await exportData(source, DEFAULT_SETTINGS)));
    if (!read.ok) throw new Error(read.error);
    const fresh = testDatabase();
    await applyImport(fresh, read.file);
    expect(await fresh.feeds.where('url').equals('https://feeds.example/rss.xml').first()).toMatchObject({
      allOnTopic: true,
      relevanceAdjust: -0.1,
    });
  });

  it('adds a subscription listed twice only once, and leaves existing ones alone', async () => {
    const db = await profileWithData();
    const feed = {
      url: 'https://new.example/feed',
      title: 'New',
      kind: 'feed' as const,
      enabled: true,
      ignoreHttpCache: false,
    };
    const file = exportFile({
      feeds: [feed, feed, { ...feed, url: 'https://feeds.example/rss.xml', title: 'Renamed' }],
    });
    expect(await applyImport(db, file)).toEqual({ marksChanged: 0, feedsAdded: 1 });
    expect((await db.feeds.where('url').equals('https://feeds.example/rss.xml').first())?.title).toBe('Feeds');
  });

  it.each([
    ['not JSON', '{"hello": ', 'not valid JSON'],
    ['a cut-off export', '{"format": "quorum-export", "version": 2, "reading": [{"url": "https://a.ex', 'cut off'],
    ['another kind of JSON', '{"hello": 1}', 'not a Quorum export'],
    ['a newer version', JSON.stringify({ format: 'quorum-export', version: 3 }), 'version'],
  ])('refuses %s with a clear reason', (_, text, reason) => {
    const result = readImportFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('names what is wrong in a partly invalid file, and changes nothing', async () => {
    const db = await profileWithData();
    const before = await db.reading.toArray();
    const file = await exportData(db, DEFAULT_SETTINGS);
    const broken = {
      ...file,
      reading: [
        ...file.reading,
        { url: 'javascript:alert(1)', readAt: 1, savedAt: null, dismissedAt: null, updatedAt: 1 },
      ],
    };
    const result = readImportFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(
        /^This export has problems, so nothing was imported: reading\[3\]\.url: must be an absolute http\(s\) URL\.$/,
      );
    expect(await db.reading.toArray()).toEqual(before);
  });

  it('rejects every mutation of a valid file that breaks the schema', async () => {
    const valid = await exportData(await profileWithData(), DEFAULT_SETTINGS);
    const breakers: ((file: Record<string, unknown>) => void)[] = [
      (f) => void (f.format = 'quorum-pack'),
      (f) => void (f.version = 3),
      (f) => void delete f.settings,
      (f) => void ((f.reading as { updatedAt: unknown }[])[0]!.updatedAt = -1),
      (f) => void ((f.reading as { readAt: unknown }[])[0]!.readAt = 'yesterday'),
      (f) => void ((f.feeds as { url: unknown }[])[0]!.url = 'ftp://x.example/feed'),
      (f) => void ((f.feeds as { kind: unknown }[])[0]!.kind = 'podcast'),
      (f) => void ((f.settings as { refreshMinutes: unknown }).refreshMinutes = 1),
      (f) => void (f.exportedAt = 'not a date'),
      (f) => void (f.reading = {}),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...breakers), (breaker) => {
        const copy = structuredClone(valid) as unknown as Record<string, unknown>;
        breaker(copy);
        expect(readImportFile(JSON.stringify(copy)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('marks and path progress in a version 2 file', () => {
  it('carry each mark’s change time, so an un-read made later beats a read made earlier', async () => {
    const laptop = testDatabase();
    await setRead(laptop, A, true, 10_000);
    await setRead(laptop, A, false, 20_000);
    const file = await exportData(laptop, DEFAULT_SETTINGS);
    const desktop = testDatabase();
    await setRead(desktop, A, true, 15_000);
    await setSaved(desktop, A, true, 16_000);
    await applyImport(desktop, file);
    expect(await desktop.reading.get(A)).toMatchObject({ readAt: null, savedAt: 16_000 });
  });

  it('bring the newer learning path progress, and leave a newer one here alone', async () => {
    await setPathProgress({ currentPathId: 'consensus-basics', skipped: [A], updatedAt: 5_000 });
    const file = await exportData(testDatabase(), DEFAULT_SETTINGS);
    expect(file.pathProgress).toEqual({ currentPathId: 'consensus-basics', skipped: [A], updatedAt: 5_000 });

    await setPathProgress({ currentPathId: 'storage', skipped: [], updatedAt: 4_000 });
    await applyImport(testDatabase(), file);
    expect((await getPathProgress()).currentPathId).toBe('consensus-basics');

    await setPathProgress({ currentPathId: 'storage', skipped: [], updatedAt: 6_000 });
    await applyImport(testDatabase(), file);
    expect((await getPathProgress()).currentPathId).toBe('storage');
  });
});

describe('an import cut off halfway', () => {
  it('changes nothing at all: marks and subscriptions are written in one transaction', async () => {
    const db = await profileWithData();
    const before = { reading: await db.reading.toArray(), feeds: await db.feeds.toArray() };
    const progressBefore = { currentPathId: 'storage', skipped: [], updatedAt: 1_000 };
    await setPathProgress(progressBefore);
    const file = exportFile({
      reading: [{ url: 'https://new.example/p', readAt: 9_000, savedAt: null, dismissedAt: null, updatedAt: 9_000 }],
      feeds: [{ url: 'https://new.example/feed', title: 'New', kind: 'feed', enabled: true, ignoreHttpCache: false }],
      pathProgress: { currentPathId: 'consensus', skipped: [A], updatedAt: 9_000 },
    });
    // The page is closed (or the disk fills) after the marks are written, before the feeds.
    const cut = vi.spyOn(db.feeds, 'bulkAdd').mockRejectedValue(new DOMException('The page went away.', 'AbortError'));
    await expect(applyImport(db, file)).rejects.toThrow();
    cut.mockRestore();
    expect(await db.reading.toArray()).toEqual(before.reading);
    expect(await db.feeds.toArray()).toEqual(before.feeds);
    // Nor the path choice, which lives outside the database.
    expect(await getPathProgress()).toEqual(progressBefore);
    // And the same import, run again, completes.
    expect(await applyImport(db, file)).toEqual({ marksChanged: 1, feedsAdded: 1 });
    expect(await getPathProgress()).toEqual(file.pathProgress);
  });
});

describe('importing the place in the learning paths', () => {
  it('brings the path back after a reset: a blank place has nothing to lose to an older export', async () => {
    const db = testDatabase();
    const exported = { currentPathId: 'consensus', skipped: [A], updatedAt: 5_000 };
    // A reset leaves a blank place with a fresh time, so a copy from another browser cannot undo it.
    await setPathProgress({ currentPathId: null, skipped: [], updatedAt: 8_000 });
    const file = exportFile({ pathProgress: exported });
    await applyImport(db, file, 9_000);
    // Taken as a change made now, so that blank copy cannot win it back either.
    expect(await getPathProgress()).toEqual({ ...exported, updatedAt: 9_000 });

    // A place that is not blank still keeps what is newer than the file.
    await setPathProgress({ currentPathId: 'time', skipped: [], updatedAt: 10_000 });
    await applyImport(db, file, 11_000);
    expect(await getPathProgress()).toEqual({ currentPathId: 'time', skipped: [], updatedAt: 10_000 });
  });
});
