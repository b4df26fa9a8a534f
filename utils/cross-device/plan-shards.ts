import { compareForLayout, encodeItem, ItemSizer } from './shard-codec';
import { ITEM_LIMIT_BYTES } from './quotas';
import { monthKey, monthOf, monthStart, newerEntry, type SyncEntry } from './sync-entry';

export interface ShardPlan {
  /** Month items by key, ready to write. */
  items: Record<string, string>;
  bytes: number;
  /** Marks (one per article and mark) in the plan, and how many did not fit. */
  kept: number;
  leftOut: number;
  /** The newest read mark that did not fit: every read older than this stays local only. */
  newestLeftOutAt: number | undefined;
}

/** One entry per article and mark: the newest, as the merge would keep it. */
export function newestPerMark(entries: readonly SyncEntry[]): SyncEntry[] {
  const newest = new Map<string, SyncEntry>();
  for (const entry of entries) {
    const key = `${entry.hash}:${entry.mark}`;
    const held = newest.get(key);
    newest.set(key, held ? newerEntry(held, entry) : entry);
  }
  return [...newest.values()];
}

/**
 * What stays when not everything fits: saved and dismissed marks before read marks (a read
 * mark is the cheapest to lose, and the article's own page shows it again), newest first.
 */
function byKeepPriority(a: SyncEntry, b: SyncEntry): number {
  const classA = a.mark === 'read' ? 1 : 0;
  const classB = b.mark === 'read' ? 1 : 0;
  return classA - classB || b.at - a.at || a.hash - b.hash || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0);
}

interface Layout {
  items: { key: string; entries: SyncEntry[] }[];
  bytes: number;
}

interface Placed {
  entry: SyncEntry;
  month: number;
  /** Position in keep-priority order: a plan of n marks holds those ranked below n. */
  rank: number;
}

/**
 * Cuts the `count` highest-ranked entries into month items of at most ITEM_LIMIT_BYTES.
 * `placed` is already in layout order, so each try is one pass without sorting.
 */
function layout(placed: readonly Placed[], count: number): Layout {
  const items: Layout['items'] = [];
  let bytes = 0;
  let month = -1;
  let part = 0;
  let sizer: ItemSizer | undefined;
  let current: SyncEntry[] = [];
  const close = () => {
    if (!sizer || current.length === 0) return;
    items.push({ key: monthKey(month, part), entries: current });
    bytes += sizer.size();
  };
  for (const { entry, month: entryMonth, rank } of placed) {
    if (rank >= count) continue;
    if (entryMonth !== month) {
      close();
      month = entryMonth;
      part = 0;
      sizer = new ItemSizer(monthKey(month, part), monthStart(month));
      current = [];
    } else if (sizer!.sizeWith(entry) > ITEM_LIMIT_BYTES) {
      close();
      part += 1;
      sizer = new ItemSizer(monthKey(month, part), monthStart(month));
      current = [];
    }
    sizer!.add(entry);
    current.push(entry);
  }
  close();
  return { items, bytes };
}

/**
 * The month items for `entries` within `budget` bytes: everything when it fits, otherwise the
 * longest run in keep-priority order that does. Sizes are exact and the same on every device,
 * so two devices holding the same marks always plan the same items.
 */
export function planShards(entries: readonly SyncEntry[], budget: number, maxItems = 400): ShardPlan {
  const ordered = newestPerMark(entries).sort(byKeepPriority);
  const placed: Placed[] = ordered.map((entry, rank) => ({ entry, month: monthOf(entry.at), rank }));
  placed.sort((a, b) => a.month - b.month || compareForLayout(a.entry, b.entry));
  const fits = (candidate: Layout) => candidate.bytes <= budget && candidate.items.length <= maxItems;
  let count = ordered.length;
  let chosen = layout(placed, count);
  if (!fits(chosen)) {
    let low = 0;
    let high = ordered.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(layout(placed, middle))) low = middle;
      else high = middle - 1;
    }
    count = low;
    chosen = layout(placed, count);
  }
  const items: Record<string, string> = {};
  for (const item of chosen.items) items[item.key] = encodeItem(item.key, item.entries);
  const leftOut = ordered.slice(count);
  return {
    items,
    bytes: chosen.bytes,
    kept: count,
    leftOut: leftOut.length,
    newestLeftOutAt: leftOut.find((entry) => entry.mark === 'read')?.at,
  };
}
