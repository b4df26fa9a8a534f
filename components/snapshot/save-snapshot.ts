import { useEffect } from 'react';
import { formatPublished, isoDate } from '../format-date';
import { topicLabel } from '@/utils/curation/taxonomy';
import { isRead, isSaved, type Pick } from '@/utils/db/queries';
import { snapshotKey, SNAPSHOT_VERSION, type Snapshot, type SnapshotPage, type SnapshotPick } from './snapshot';

function toSnapshotPick({ article, reading }: Pick): SnapshotPick {
  const date = formatPublished(article.publishedAt);
  return {
    url: article.url,
    title: article.title,
    source: article.source,
    ...(date && article.publishedAt !== undefined ? { date, dateTime: isoDate(article.publishedAt) } : {}),
    ...(article.kind !== 'article' ? { kind: article.kind } : {}),
    summary: article.summary,
    topics: article.topics.map(topicLabel),
    read: isRead(reading),
    saved: isSaved(reading),
  };
}

/** Keeps the snapshot in step with what the page shows, for the next opening's first frame. */
export function useSaveSnapshot(page: SnapshotPage, picks: Pick[] | undefined, countLabel: string | undefined) {
  useEffect(() => {
    // An empty list is not worth painting: the app's own empty state says more.
    if (!picks?.length || countLabel === undefined) return;
    const snapshot: Snapshot = { version: SNAPSHOT_VERSION, countLabel, picks: picks.map(toSnapshotPick) };
    try {
      localStorage.setItem(snapshotKey(page), JSON.stringify(snapshot));
    } catch {
      // Storage full or disabled: the next tab simply paints when the data arrives.
    }
  }, [page, picks, countLabel]);
}
