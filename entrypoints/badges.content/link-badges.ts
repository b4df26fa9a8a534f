import { LOOKUP_BATCH_MAX } from '@/utils/badges/protocol';
import type { KnownLink } from '@/utils/messaging';
import { DOCK_TAG } from './article-dock';
import { pageUrls } from './article-page';
import { BADGE_TAG, createBadge, stopBadgeEvents, type BadgeView } from './badge-view';
import type { BackgroundClient } from './background-client';
import { watchAddedElements, type DomWatch } from './dom-watch';
import { createLinkScanner, type Candidate, type LinkScanner, type ScanPage } from './link-scanner';
import { hintsFor } from './site-hints';
import { createWorkQueue } from './work-queue';

export interface LinkBadges {
  /** Asks again about the known links (marks changed elsewhere) and updates their badges. */
  refresh(): Promise<void>;
  /** Removes every badge and stops watching the page. */
  stop(): void;
}

/**
 * Badges the links to known articles on this page, and keeps doing so as the page changes.
 * One badge per article per page, on the first of its links that shows text: listings link
 * an article from its title, its image, its date and its comment count, and one badge beside
 * the title says it all. A page with no known links is never touched.
 */
export function startLinkBadges(client: BackgroundClient, isInvalid: () => boolean): LinkBadges {
  const ownTags = new Set([BADGE_TAG, DOCK_TAG]);
  const hints = hintsFor(location.hostname);
  const lifted = hints.some((hint) => hint.liftBadges);
  let scanner: LinkScanner | undefined;
  const known = new Map<string, KnownLink>();
  const unknown = new Set<string>();
  /** Where each known (or asked-about) article's badge may go, in document order. */
  const places = new Map<string, Candidate[]>();
  const badges = new Map<string, BadgeView>();
  /** Badges built but not yet in the page, and where each goes. */
  const pending = new Map<BadgeView, Candidate>();
  let toAsk: string[] = [];
  let stopped = false;
  let page: ScanPage = { base: '', baseHostname: '', self: new Set() };
  let pageHref = '';

  const setMark = (url: string, mark: 'read' | 'saved', on: boolean) => {
    void client.setReading(url, mark, on).then((link) => {
      if (!link || stopped) return;
      known.set(url, link);
      place(url);
      commit();
    });
  };

  const eligible = (candidate: Candidate) => {
    const target = candidate.target;
    if (!target.isConnected || (candidate.placement === 'after' && !target.parentNode)) return false;
    // Never inside an editor: a badge would become part of what the user is writing. (A
    // selector, not isContentEditable, which makes the browser bring its styles up to date.)
    const editable = target.closest('[contenteditable]')?.getAttribute('contenteditable');
    if (editable != null && editable.toLowerCase() !== 'false') return false;
    // Image-only links (thumbnails) repeat the title link next to them.
    return candidate.hinted || (target.textContent ?? '').trim() !== '';
  };

  const place = (url: string) => {
    const link = known.get(url);
    const existing = badges.get(url);
    if (!link || link.state === 'dismissed') {
      if (existing) pending.delete(existing);
      existing?.remove();
      badges.delete(url);
      return;
    }
    if (existing && (existing.host.isConnected || pending.has(existing))) return existing.update(link);
    badges.delete(url);
    const live = (places.get(url) ?? []).filter((candidate) => candidate.target.isConnected);
    places.set(url, live);
    const candidate = live.find(eligible);
    if (!candidate) return;
    const view = createBadge(link, setMark, lifted);
    badges.set(url, view);
    pending.set(view, candidate);
  };

  /**
   * Puts the built badges into the page all at once. Each insertion makes the browser lay the
   * page out again; done in one task, the page is laid out once for a whole batch of badges
   * instead of once per slice of work (on a 5,000-row table, a layout is tens of ms).
   */
  const commit = () => {
    if (pending.size === 0) return;
    if (watch) watch.quietly(insertPending);
    else insertPending();
  };
  const insertPending = () => {
    for (const [view, candidate] of pending) {
      if (!candidate.target.isConnected) {
        badges.delete(candidate.url);
        continue;
      }
      if (candidate.placement === 'after') {
        // Inside a web component's light DOM the badge must join the title's slot to render.
        const slot = candidate.target.getAttribute('slot');
        if (slot) view.host.slot = slot;
        candidate.target.after(view.host);
      } else {
        candidate.target.prepend(view.host);
      }
    }
    pending.clear();
  };

  const ask = () => {
    if (toAsk.length === 0 || stopped) return;
    const batch = toAsk;
    toAsk = [];
    void client.lookup(batch).then((links) => {
      // No answer (the extension is being updated): these links simply get no badge.
      if (stopped || links === null) return;
      for (const link of links) known.set(link.url, link);
      const found: string[] = [];
      for (const url of batch) {
        if (known.has(url)) found.push(url);
        else {
          unknown.add(url);
          places.delete(url);
        }
      }
      // Placing goes through the queue too: 500 new badges are a few slices, not one task.
      queue.push(found);
    });
  };

  /** The page's address can change under a single-page app: read once per slice of work. */
  const readPage = () => {
    if (location.href === pageHref) return;
    pageHref = location.href;
    page = { base: document.baseURI, baseHostname: new URL(document.baseURI).hostname, self: new Set(pageUrls()) };
  };
  const consider = (element: Element) => {
    const candidate = scanner!.candidate(element, page);
    if (!candidate || unknown.has(candidate.url)) return;
    const list = places.get(candidate.url);
    if (list) list.push(candidate);
    else places.set(candidate.url, [candidate]);
    if (known.has(candidate.url)) place(candidate.url);
    else if (!list) {
      toAsk.push(candidate.url);
      if (toAsk.length >= LOOKUP_BATCH_MAX) ask();
    }
  };

  const drained = () => {
    ask();
    commit();
  };
  const queue = createWorkQueue<Element | string>(
    (item) => (typeof item === 'string' ? place(item) : consider(item)),
    drained,
    isInvalid,
    readPage,
  );
  let watch: DomWatch | undefined;
  // The hosts of known articles first; then one scan of the whole page, and a watch on it
  // from the same task, so nothing added in between is missed.
  void client.knownHosts().then((hosts) => {
    if (stopped || !hosts || hosts.size === 0) return;
    const found = createLinkScanner(hints, ownTags, hosts);
    scanner = found;
    for (const list of found.collect(document)) queue.push(list);
    watch = watchAddedElements((elements) => {
      for (const element of elements) for (const list of found.collect(element)) queue.push(list);
    }, ownTags);
  });

  let refreshing: Promise<void> | undefined;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        again = false;
        const urls = [...known.keys()];
        if (urls.length === 0) break;
        const links = await client.lookup(urls);
        // Without an answer, what is shown stays: never read a failure as "no longer known".
        if (stopped || links === null) break;
        const fresh = new Map(links.map((link) => [link.url, link]));
        for (const url of urls) {
          const link = fresh.get(url);
          if (link) known.set(url, link);
          else known.delete(url);
          place(url);
        }
        commit();
      } while (again);
    })().finally(() => (refreshing = undefined));
    return refreshing;
  };

  return {
    refresh,
    stop() {
      stopped = true;
      watch?.stop();
      queue.clear();
      for (const view of badges.values()) view.remove();
      stopBadgeEvents();
      badges.clear();
      pending.clear();
      places.clear();
      known.clear();
    },
  };
}
