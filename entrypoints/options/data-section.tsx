import { useState, type ChangeEvent } from 'react';
import { downloadText } from '@/components/download';
import { PAGE_PREFS_KEY } from '@/components/page-prefs';
import { clearSnapshots } from '@/components/snapshot/snapshot';
import { db } from '@/utils/db';
import { exportData } from '@/utils/data/export-data';
import { allFeeds } from '@/utils/db/feed-queries';
import type { ExportFile } from '@/utils/data/export-schema';
import { importKind } from '@/utils/data/import-kind';
import { applyImport, readImportFile, summariseImport, type ImportSummary } from '@/utils/data/import-data';
import { readOpml, writeOpml, type OpmlFeed } from '@/utils/data/opml';
import { resetEverything, resetInventory, type ResetInventory } from '@/utils/data/reset';
import { originPattern, subscribe } from '@/utils/feeds/subscriptions';
import { pageMarks } from '@/utils/marks/page-marks';
import { sendRequest } from '@/utils/messaging';
import { requestOrigins } from '@/utils/permissions';
import type { Settings } from '@/utils/schemas/settings';
import { updateSettings } from '@/utils/settings';
import { loadBundledStarterPack } from '@/utils/sync/install-hooks';
import { countOf } from '@/utils/text/count-of';
import { ConfirmDialog } from './confirm-dialog';

type Pending =
  | { kind: 'json'; name: string; file: ExportFile; summary: ImportSummary }
  | { kind: 'opml'; name: string; feeds: OpmlFeed[]; fresh: OpmlFeed[]; skipped: number };

const today = () => new Date().toISOString().slice(0, 10);

/** Export, import (JSON or OPML) and reset: the user's data is theirs to take and bring back. */
export function DataSection({ settings }: { settings: Settings }) {
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [reset, setReset] = useState<ResetInventory>();

  const exportJson = async () => {
    downloadText(
      `quorum-export-${today()}.json`,
      JSON.stringify(await exportData(db, settings), null, 2),
      'application/json',
    );
  };
  const exportOpml = async () => {
    const feeds = (await allFeeds(db)).filter((feed) => /^https?:/.test(feed.url) && feed.kind === 'feed');
    downloadText(
      `quorum-subscriptions-${today()}.opml`,
      writeOpml(
        feeds.map((feed) => ({ url: feed.url, title: feed.title, ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}) })),
      ),
      'text/x-opml',
    );
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const chosen = input.files?.[0];
    input.value = '';
    setMessage(undefined);
    setPending(undefined);
    if (!chosen) return;
    if (chosen.size > 50 * 1024 * 1024)
      return setMessage({ text: `“${chosen.name}” is larger than 50 MB; nothing was imported.`, error: true });
    const text = await chosen.text();
    const kind = importKind(chosen.name, text);
    if (kind.kind === 'unreadable') return setMessage({ text: `“${chosen.name}”: ${kind.error}`, error: true });
    if (kind.kind === 'json') {
      const read = readImportFile(text);
      if (!read.ok) return setMessage({ text: `“${chosen.name}”: ${read.error}`, error: true });
      return setPending({
        kind: 'json',
        name: chosen.name,
        file: read.file,
        summary: await summariseImport(db, read.file),
      });
    }
    const opml = readOpml(text);
    if (!opml.ok) return setMessage({ text: `“${chosen.name}”: ${opml.error}`, error: true });
    const followed = new Set((await allFeeds(db)).map((feed) => feed.url));
    setPending({
      kind: 'opml',
      name: chosen.name,
      feeds: opml.feeds,
      fresh: opml.feeds.filter((feed) => !followed.has(feed.url)),
      skipped: opml.skipped,
    });
  };

  const apply = async () => {
    if (!pending) return;
    const newFeeds = pending.kind === 'json' ? pending.summary.newFeeds : pending.fresh;
    // One prompt for every new host, asked for in this click.
    const granted = await requestOrigins(newFeeds.map((feed) => originPattern(feed.url)));
    let feedsAdded = 0;
    let marks = 0;
    if (pending.kind === 'json') {
      const file = granted ? pending.file : { ...pending.file, feeds: [] };
      // Through the marks owner: open pages and tabs hear of the imported marks at once.
      const result = await pageMarks.inBulk(() => applyImport(db, file));
      clearSnapshots();
      await updateSettings(pending.file.settings);
      feedsAdded = result.feedsAdded;
      marks = result.marksChanged;
    } else if (granted) {
      for (const feed of pending.fresh)
        await subscribe(db, { url: feed.url, title: feed.title, kind: 'feed', siteUrl: feed.siteUrl });
      feedsAdded = pending.fresh.length;
    }
    const refused =
      !granted && newFeeds.length > 0
        ? ` Permission to read ${countOf(newFeeds.length, 'new feed')} was not given, so they were not added.`
        : '';
    // Counted by article: a mark cleared since (read, then unread again) is a change too, and
    // the summary above listed only the marks that are set.
    const marksPart = pending.kind === 'json' ? `marks changed on ${countOf(marks, 'article')}, ` : '';
    setMessage({
      text: `Imported “${pending.name}”: ${marksPart}${countOf(feedsAdded, 'feed')} added.${refused}`,
    });
    setPending(undefined);
    if (feedsAdded > 0) await sendRequest({ type: 'sync-now' }).catch(() => undefined);
  };

  const confirmReset = async () => {
    await pageMarks.inBulk(() => resetEverything(db, loadBundledStarterPack));
    clearSnapshots();
    localStorage.removeItem(PAGE_PREFS_KEY);
    setReset(undefined);
    setMessage({ text: 'Quorum is back to a first run: the starter pack and the default feeds are in place.' });
    await sendRequest({ type: 'sync-now' }).catch(() => undefined);
  };

  return (
    <section id="data" aria-labelledby="data-heading" className="options__section">
      <h2 id="data-heading">Your data</h2>
      <p>Everything stays in this browser. Take a copy with you, or bring one back.</p>
      <div className="data__actions">
        <button type="button" onClick={() => void exportJson()}>
          Export everything (JSON)
        </button>
        <button type="button" onClick={() => void exportOpml()}>
          Export subscriptions (OPML)
        </button>
        <label className="file-button">
          Import a Quorum export or an OPML file…
          <input
            type="file"
            accept=".json,.opml,.xml,application/json,text/xml"
            onChange={(event) => void choose(event)}
          />
        </label>
      </div>
      {pending && (
        <section className="import-summary" aria-label="Import summary">
          <h3>Import “{pending.name}”?</h3>
          {pending.kind === 'json' ? (
            <p>
              It holds {countOf(pending.summary.read, 'read mark')}, {countOf(pending.summary.saved, 'saved article')},{' '}
              {countOf(pending.summary.dismissed, 'dismissed article')} and{' '}
              {countOf(pending.summary.feeds, 'subscription')} ({pending.summary.newFeeds.length} new here), and your
              settings. Marks are merged: for each mark of each article the newer change wins. Nothing is deleted.
            </p>
          ) : (
            <p>
              It lists {countOf(pending.feeds.length, 'feed')}: {pending.fresh.length} new,{' '}
              {pending.feeds.length - pending.fresh.length} already followed
              {pending.skipped > 0 && `, ${pending.skipped} skipped (no usable address)`}.
            </p>
          )}
          <button type="button" onClick={() => void apply()}>
            Import
          </button>{' '}
          <button type="button" onClick={() => setPending(undefined)}>
            Cancel
          </button>
        </section>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'options__error' : undefined}>
          {message.text}
        </p>
      )}
      <h3>Start over</h3>
      <button type="button" className="danger" onClick={() => void resetInventory(db).then(setReset)}>
        Reset everything…
      </button>
      {reset && (
        <ConfirmDialog
          title="Reset everything?"
          confirmLabel="Reset everything"
          onConfirm={() => void confirmReset()}
          onCancel={() => setReset(undefined)}
        >
          <p>
            This deletes {countOf(reset.read, 'read mark')}, {countOf(reset.saved, 'saved article')},{' '}
            {countOf(reset.dismissed, 'dismissed article')}, {countOf(reset.feeds, 'feed you added', 'feeds you added')}
            , {countOf(reset.articles, 'stored article')} and your settings. It cannot be undone; export first to keep a
            copy. Sync with your other browsers is switched off here and they keep their marks; switch it on again to
            bring those back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
