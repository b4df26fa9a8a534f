import { useEffect } from 'react';
import { formatPublished, isoDate } from '../format-date';
import { topicLabel } from '@/utils/curation/topic-labels';
import { isRead, isSaved, type PickedArticle } from '@/utils/db/queries';
import { guideLabel } from '@/utils/paths/guide-label';
import { guidanceParts, type LinkedArticle } from '../card-guidance';
import { discussionLabel } from '../discussion-label';
import type { NextUp } from '../use-guide';

const NO_LINKS: ReadonlyMap<string, LinkedArticle> = new Map();
import {
  snapshotKey,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotNextUp,
  type SnapshotPage,
  type SnapshotPick,
} from './snapshot';

function toSnapshotNotes({ article, alsoOn = [] }: PickedArticle): SnapshotPick['notes'] {
  const discussions = article.discussions ?? [];
  if (alsoOn.length === 0 && discussions.length === 0) return undefined;
  return {
    ...(alsoOn.length > 0 ? { alsoOn: alsoOn.map((copy) => copy.source) } : {}),
    ...(discussions.length > 0 ? { discussedOn: discussions.map(discussionLabel) } : {}),
  };
}

function toSnapshotPick(pick: PickedArticle, linked: ReadonlyMap<string, LinkedArticle>): SnapshotPick {
  const { article, reading } = pick;
  const date = formatPublished(article);
  const notes = toSnapshotNotes(pick);
  const { label, first, gentlerUnread } = guidanceParts(article, linked);
  const guide = {
    ...(label ? { label } : {}),
    ...(first ? { readFirst: first.title } : {}),
    ...(gentlerUnread ? { gentler: gentlerUnread.title } : {}),
  };
  return {
    url: article.url,
    title: article.title,
    source: article.source,
    ...(date && article.publishedAt !== undefined
      ? { date, dateTime: isoDate(article.publishedAt, article.publishedPrecision) }
      : {}),
    ...(article.kind !== 'article' ? { kind: article.kind } : {}),
    summary: article.summary,
    topics: article.topics.map(topicLabel),
    read: isRead(reading),
    saved: isSaved(reading),
    ...(Object.keys(guide).length > 0 ? { guide } : {}),
    ...(notes ? { notes } : {}),
  };
}

function toSnapshotNextUp(nextUp: NextUp | undefined): SnapshotNextUp | undefined {
  const article = nextUp?.step?.article;
  if (!nextUp || !article) return undefined;
  const { status } = nextUp;
  return {
    url: article.url,
    title: article.title,
    source: article.source,
    guide: guideLabel(article),
    why: nextUp.why,
    progress: nextUp.progress,
    done: status.done,
    total: status.total,
    pathTitle: status.path.title,
  };
}

/** Keeps the snapshot in step with what the page shows, for the next opening's first frame. */
export function useSaveSnapshot(
  page: SnapshotPage,
  picks: PickedArticle[] | undefined,
  countLabel: string | undefined,
  nextUp?: NextUp,
  linked: ReadonlyMap<string, LinkedArticle> = NO_LINKS,
) {
  useEffect(() => {
    // An empty list is not worth painting: the app's own empty state says more.
    if (!picks?.length || countLabel === undefined) return;
    const next = toSnapshotNextUp(nextUp);
    const snapshot: Snapshot = {
      version: SNAPSHOT_VERSION,
      countLabel,
      picks: picks.map((pick) => toSnapshotPick(pick, linked)),
      ...(next ? { nextUp: next } : {}),
    };
    try {
      localStorage.setItem(snapshotKey(page), JSON.stringify(snapshot));
    } catch {
      // Storage full or disabled: the next tab simply paints when the data arrives.
    }
  }, [page, picks, countLabel, nextUp, linked]);
}
