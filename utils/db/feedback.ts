import { nextAdjust, type Feedback } from '../curation/feedback';
import type { QuorumDatabase } from './database';
import type { MarkSetter } from '../marks/marks';

/** What one piece of feedback changed, so Undo can put it back exactly. */
export interface FeedbackChange {
  url: string;
  feedback: Feedback;
  /** Each feed's adjustment before the change (undefined: it had none). */
  before: { feedId: string; adjust: number | undefined }[];
}

/**
 * Records a reader's judgement of an article: "not-relevant" hides it (a dismiss mark) and
 * lowers its feeds' future relevance a little; "more-like-this" raises them a little. Curated
 * packs are not adjusted: their items are relevant by definition.
 */
export async function giveFeedback(
  db: QuorumDatabase,
  marks: MarkSetter,
  url: string,
  feedback: Feedback,
): Promise<FeedbackChange> {
  const before = await db.transaction('rw', db.articles, db.feeds, async () => {
    const article = await db.articles.get(url);
    const feeds = (await db.feeds.bulkGet(article?.feedIds ?? [])).filter(
      (feed) => feed !== undefined && feed.kind === 'feed',
    );
    for (const feed of feeds) {
      await db.feeds.update(feed!.id, { relevanceAdjust: nextAdjust(feed!.relevanceAdjust, feedback) });
    }
    return feeds.map((feed) => ({ feedId: feed!.id, adjust: feed!.relevanceAdjust }));
  });
  if (feedback === 'not-relevant') await marks.set(url, 'dismissed', true);
  return { url, feedback, before };
}

/** Puts back what giveFeedback changed. */
export async function undoFeedback(db: QuorumDatabase, marks: MarkSetter, change: FeedbackChange): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    for (const { feedId, adjust } of change.before) await db.feeds.update(feedId, { relevanceAdjust: adjust });
  });
  if (change.feedback === 'not-relevant') await marks.set(change.url, 'dismissed', false);
}
