import type { SearchAnswer } from './search-engine';
import type { SearchReply, SearchRequest } from './search-messages';

let worker: Worker | undefined;
let loaded = false;
let nextId = 0;
const waiting = new Map<number, (reply: SearchReply | undefined) => void>();
const listeners = new Set<() => void>();

function connect(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'quorum-search' });
  worker.onmessage = ({ data: reply }: MessageEvent<SearchReply>) => {
    // A mark on the page's timeline: the worker is warm (index in, first keys answered, stored).
    if (reply.type === 'ready') return void performance.mark('quorum:search-ready');
    if (reply.type === 'loaded') return void (loaded = true);
    if (reply.type === 'changed') return listeners.forEach((listener) => listener());
    // The worker answers only the newest query: the ones asked before it were overtaken.
    for (const [id, settle] of waiting) {
      if (id > reply.id) break;
      waiting.delete(id);
      settle(id === reply.id ? reply : undefined);
    }
  };
  worker.onerror = (event) => {
    console.error('Search worker failed:', event.message);
    for (const settle of waiting.values()) settle(undefined);
    waiting.clear();
  };
  return worker;
}

/** The page's side of the search worker (search-worker.ts). */
export const searchClient = {
  /** Starts the worker, which starts indexing: called when the reader is about to search. */
  warm(): void {
    connect();
  },
  /** Whether the worker has its index in: until then its answers wait for it. */
  get loaded(): boolean {
    return loaded;
  },
  /** The answer to `query`, or undefined when a newer query overtook it (or the worker failed). */
  async query(query: string): Promise<SearchAnswer | undefined> {
    const id = ++nextId;
    const reply = await new Promise<SearchReply | undefined>((resolve) => {
      waiting.set(id, resolve);
      connect().postMessage({ type: 'query', id, query } satisfies SearchRequest);
    });
    if (reply?.type === 'failed') console.error('Search failed:', reply.message);
    return reply?.type === 'answer' ? reply.answer : undefined;
  },
  /** Calls `listener` when answers given may be out of date (the library or a mark changed). */
  onChange(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
