import type { KnownLink } from '@/utils/messaging';
import { createBadgeEvents } from './badge-events';
import { createBadge, type BadgeOptions, type BadgeView } from './badge-view';
import type { DomWatch } from './dom-watch';
import type { Lifetime } from './lifetime';
import type { Candidate } from './link-scanner';

export interface BadgeLayer {
  /** One more place a scan found for `candidate.url`; true when it is the URL's first. */
  addPlace(candidate: Candidate): boolean;
  /** Puts `url`'s badge in the state of `link`: built, updated, or removed when none or dismissed. */
  show(url: string, link: KnownLink | undefined): void;
  /** Forgets the places of a URL Quorum does not know. */
  forget(url: string): void;
  /** Puts the badges built since the last commit into the page, all at once. */
  commit(): void;
  /** From now on, our insertions are kept out of this watch's reports. */
  watchedBy(watch: DomWatch): void;
}

export interface BadgeLayerOptions {
  lifted: boolean;
  mark(url: string, mark: 'read' | 'saved', on: boolean): void;
}

/** The layer's state: what is known of each article's places and badge. */
interface Layer {
  badge: BadgeOptions;
  /** Where each known (or asked-about) article's badge may go, in document order. */
  places: Map<string, Candidate[]>;
  badges: Map<string, BadgeView>;
  /** Badges built but not yet in the page, and where each goes. */
  pending: Map<BadgeView, Candidate>;
  watch?: DomWatch;
}

/**
 * The badges on the page: one per article, on the first of its links that shows text
 * (listings link an article from its title, its image, its date and its comment count, and
 * one badge beside the title says it all). When `life` ends, every badge goes.
 */
export function createBadgeLayer(life: Lifetime, options: BadgeLayerOptions): BadgeLayer {
  const layer: Layer = {
    badge: { life, events: createBadgeEvents(life), ...options },
    places: new Map(),
    badges: new Map(),
    pending: new Map(),
  };
  life.onInvalidated(() => {
    for (const view of layer.badges.values()) view.remove();
    layer.badges.clear();
    layer.pending.clear();
    layer.places.clear();
  });
  return {
    addPlace(candidate) {
      const list = layer.places.get(candidate.url);
      if (list) list.push(candidate);
      else layer.places.set(candidate.url, [candidate]);
      return !list;
    },
    show: (url, link) => show(layer, url, link),
    forget: (url) => layer.places.delete(url),
    /**
     * Each insertion makes the browser lay the page out again; done in one task, the page is
     * laid out once for a whole batch of badges instead of once per slice of work (on a
     * 5,000-row table, a layout is tens of ms).
     */
    commit() {
      if (layer.pending.size === 0) return;
      if (layer.watch) layer.watch.quietly(() => insertPending(layer));
      else insertPending(layer);
    },
    watchedBy: (watch) => void (layer.watch = watch),
  };
}

function show(layer: Layer, url: string, link: KnownLink | undefined): void {
  const existing = layer.badges.get(url);
  if (!link || link.state === 'dismissed') {
    if (existing) layer.pending.delete(existing);
    existing?.remove();
    layer.badges.delete(url);
    return;
  }
  if (existing && (existing.host.isConnected || layer.pending.has(existing))) return existing.update(link);
  layer.badges.delete(url);
  const live = (layer.places.get(url) ?? []).filter((candidate) => candidate.target.isConnected);
  layer.places.set(url, live);
  const candidate = live.find(eligible);
  if (!candidate) return;
  const view = createBadge(link, layer.badge);
  layer.badges.set(url, view);
  layer.pending.set(view, candidate);
}

function insertPending(layer: Layer): void {
  for (const [view, candidate] of layer.pending) if (!insert(view, candidate)) layer.badges.delete(candidate.url);
  layer.pending.clear();
}

function eligible(candidate: Candidate): boolean {
  const target = candidate.target;
  if (!target.isConnected || (candidate.placement === 'after' && !target.parentNode)) return false;
  // Never inside an editor: a badge would become part of what the user is writing. (A
  // selector, not isContentEditable, which makes the browser bring its styles up to date.)
  const editable = target.closest('[contenteditable]')?.getAttribute('contenteditable');
  if (editable != null && editable.toLowerCase() !== 'false') return false;
  // Image-only links (thumbnails) repeat the title link next to them.
  return candidate.hinted || (target.textContent ?? '').trim() !== '';
}

/** Puts one badge where it goes; false when that place has left the page meanwhile. */
function insert(view: BadgeView, candidate: Candidate): boolean {
  if (!candidate.target.isConnected) return false;
  if (candidate.placement === 'after') {
    // Inside a web component's light DOM the badge must join the title's slot to render.
    const slot = candidate.target.getAttribute('slot');
    if (slot) view.host.slot = slot;
    candidate.target.after(view.host);
  } else {
    candidate.target.prepend(view.host);
  }
  return true;
}
