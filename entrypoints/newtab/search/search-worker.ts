import { db } from '@/utils/db';
import { searchCache } from '@/utils/db/search-cache';
import { searchEngine } from './search-engine';
import type { SearchReply, SearchRequest } from './search-messages';

/**
 * The search worker: owns the library's index so that neither indexing nor a query ever holds
 * the page's main thread. It starts loading the index as soon as the page creates it (once the
 * page is up and the reader shows they are about to search), so the reader's first keystroke
 * finds the index loaded or being loaded, never not started; the index an earlier new tab stored
 * is restored rather than built. Once it is in, the worker answers the first keys ahead and
 * stores the index for the next new tab, follows the library and the marks, and tells the page
 * when to ask again.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

const engine = searchEngine(db, searchCache());
engine
  .load()
  .then(() => {
    scope.postMessage({ type: 'loaded', id: 0 });
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

async function answerNewest(): Promise<void> {
  if (answering) return;
  answering = true;
  while (newest) {
    const request = newest;
    newest = undefined;
    try {
      scope.postMessage({ type: 'answer', id: request.id, answer: await engine.query(request.query) });
    } catch (error) {
      scope.postMessage({ type: 'failed', id: request.id, message: String(error) });
    }
  }
  answering = false;
}

scope.onmessage = ({ data: request }) => {
  newest = request;
  void answerNewest();
};
