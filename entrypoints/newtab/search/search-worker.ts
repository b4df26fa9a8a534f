import { db } from '@/utils/db';
import { searchCache } from '@/utils/db/search-cache';
import { searchEngine } from './search-engine';
import type { SearchReply, SearchRequest } from './search-messages';

/**
 * The search worker: owns the library's index so that neither indexing nor a query ever holds
 * the page's main thread. It starts loading the index as soon as the page creates it (once the
 * page is up and the reader shows they are about to search), so the reader's first keystroke
 * finds the index loaded or being loaded, never not started. A key typed before the index is in
 * gets an early answer at once (stored, or a rough one), and the index's own when it is in; then
 * the worker answers the first keys ahead and stores the index for the next new tab, follows the
 * library and the marks, and tells the page when to ask again.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

const engine = searchEngine(db, searchCache());
// Whether a query was answered early: its answer may differ from the index's.
let answeredEarly = false;
let loaded = false;
engine
  .load()
  .then(() => {
    loaded = true;
    if (answeredEarly) scope.postMessage({ type: 'changed', id: 0 });
    engine.watch(() => scope.postMessage({ type: 'changed', id: 0 }));
    return engine.prepare();
  })
  .then(
    () => scope.postMessage({ type: 'ready', id: 0 }),
    (error: unknown) => console.error('Search index not built:', error),
  );

// Typing fast queues keystrokes: only the newest query is worth answering.
let newest: SearchRequest | undefined;
let answering = false;

async function answer(request: SearchRequest): Promise<void> {
  try {
    const early = loaded ? undefined : await engine.early(request.query);
    if (early) answeredEarly = true;
    scope.postMessage({ type: 'answer', id: request.id, answer: early ?? (await engine.query(request.query)) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: String(error) });
  }
}

async function answerNewest(): Promise<void> {
  if (answering) return;
  answering = true;
  while (newest) {
    const request = newest;
    newest = undefined;
    await answer(request);
  }
  answering = false;
}

scope.onmessage = ({ data: request }) => {
  newest = request;
  void answerNewest();
};
