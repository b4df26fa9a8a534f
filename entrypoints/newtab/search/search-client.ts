import type { SearchAnswer } from './search-engine';
import type { SearchReply, SearchRequest } from './search-messages';

interface Waiting {
  type: SearchRequest['type'];
  settle(reply: SearchReply | undefined): void;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function connect(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'quorum-search' });
  worker.onmessage = ({ data: reply }: MessageEvent<SearchReply>) => {
    // A mark on the page's timeline: when a keystroke stopped having to wait for the index.
    if (reply.type === 'ready') return void performance.mark('quorum:search-ready', { detail: reply.articles });
    const asked = waiting.get(reply.id);
    waiting.delete(reply.id);
    // The worker answers only the newest query: the queries asked before it were overtaken.
    if (asked?.type === 'query')
      for (const [id, older] of waiting) {
        if (id > reply.id) break;
        if (older.type !== 'query') continue;
        waiting.delete(id);
        older.settle(undefined);
      }
    asked?.settle(reply);
  };
  worker.onerror = (event) => {
    console.error('Search worker failed:', event.message);
    for (const asked of waiting.values()) asked.settle(undefined);
    waiting.clear();
  };
  return worker;
}

function ask(request: { type: 'query'; query: string } | { type: 'refresh' }): Promise<SearchReply | undefined> {
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, { type: request.type, settle: resolve });
    connect().postMessage({ ...request, id } as SearchRequest);
  });
}

/** The page's side of the search worker (search-worker.ts). */
export const searchClient = {
  /** Starts the worker, which starts indexing: called once the page is up, before any search. */
  warm(): void {
    connect();
  },
  /** The answer to `query`, or undefined when a newer query overtook it (or the worker failed). */
  async query(query: string): Promise<SearchAnswer | undefined> {
    const reply = await ask({ type: 'query', query });
    if (reply?.type === 'failed') console.error('Search failed:', reply.message);
    return reply?.type === 'answer' ? reply.answer : undefined;
  },
  /** Brings the index in line with the library; true when something was added or removed. */
  async refresh(): Promise<boolean> {
    const reply = await ask({ type: 'refresh' });
    if (reply?.type === 'failed') console.error('Search index refresh failed:', reply.message);
    return reply?.type === 'refreshed' && reply.changed;
  },
};
