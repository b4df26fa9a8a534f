import type { KnownLink } from '@/utils/messaging';
import { DOCK_TAG } from './article-dock';
import { createBadgeLayer, type BadgeLayer } from './badge-layer';
import { BADGE_TAG } from './badge-view';
import type { BackgroundClient } from './background-client';
import { watchAddedElements } from './dom-watch';
import type { Lifetime } from './lifetime';
import { createLinkLookup } from './link-lookup';
import { createLinkScanner, type Candidate } from './link-scanner';
import { createRefresh } from './refresh-links';
import { createScanPage } from './scan-page';
import { hintsFor } from './site-hints';
import { createWorkQueue } from './work-queue';

export interface LinkBadges {
  /** Asks again about the known links (marks changed elsewhere) and updates their badges. */
  refresh(): Promise<void>;
}

const OWN_TAGS: ReadonlySet<string> = new Set([BADGE_TAG, DOCK_TAG]);

/**
 * Badges the links to known articles on this page, and keeps doing so as the page changes,
 * for as long as `life`. A page with no known links is never touched. The work: scan the page
 * (and what it adds later) in idle slices, ask the background about the URLs found, badge the
 * known ones.
 */
export function startLinkBadges(life: Lifetime, client: BackgroundClient): LinkBadges {
  const hints = hintsFor(location.hostname);
  const links: KnownLinks = { known: new Map(), unknown: new Set() };
  const page = createScanPage();
  const layer = createBadgeLayer(life, {
    lifted: hints.some((hint) => hint.liftBadges),
    mark: (url, mark, on) => void markFromBadge(life, client, links, layer, url, mark, on),
  });
  const lookup = createLinkLookup(life, client, (asked, answer) => {
    const { found, notFound } = learn(links, asked, answer);
    for (const url of notFound) layer.forget(url);
    // Placing goes through the queue too: 500 new badges are a few slices, not one task.
    queue.push(found);
  });
  /** Every candidate a scan finds comes through here: the place to hand it to another feature too. */
  const found = (candidate: Candidate) => {
    if (links.unknown.has(candidate.url)) return;
    const first = layer.addPlace(candidate);
    if (links.known.has(candidate.url)) layer.show(candidate.url, links.known.get(candidate.url));
    else if (first) lookup.add(candidate.url);
  };
  let scan: ((element: Element) => void) | undefined;
  const queue = createWorkQueue<Element | string>(
    life,
    (item) => (typeof item === 'string' ? layer.show(item, links.known.get(item)) : scan!(item)),
    () => {
      lookup.flush();
      layer.commit();
    },
    page.read,
  );
  void client.knownTargets().then((targets) => {
    if (life.isInvalid || !targets || targets.hosts.size === 0) return;
    const scanner = createLinkScanner(hints, OWN_TAGS, targets.hosts, targets.anchoredUrls);
    scan = (element) => {
      const candidate = scanner.candidate(element, page.current());
      if (candidate) found(candidate);
    };
    // One scan of the whole page, and a watch on it from the same task, so nothing added in
    // between is missed.
    for (const list of scanner.collect(document)) queue.push(list);
    const onAdded = (elements: Element[]) => {
      for (const element of elements) for (const list of scanner.collect(element)) queue.push(list);
    };
    layer.watchedBy(watchAddedElements(life, onAdded, OWN_TAGS));
  });
  const refreshed = (url: string, link: KnownLink | undefined) => relearn(links, layer, url, link);
  return { refresh: createRefresh(life, client, links.known, refreshed, layer.commit) };
}

/** What the background said about the URLs asked so far. */
interface KnownLinks {
  known: Map<string, KnownLink>;
  /** Asked about and not known: never asked again on this page. */
  unknown: Set<string>;
}

/** Records a lookup's answer, and splits the URLs asked into known and not. */
function learn(links: KnownLinks, asked: readonly string[], answer: readonly KnownLink[]) {
  for (const link of answer) links.known.set(link.url, link);
  const found: string[] = [];
  const notFound: string[] = [];
  for (const url of asked) {
    if (links.known.has(url)) found.push(url);
    else {
      links.unknown.add(url);
      notFound.push(url);
    }
  }
  return { found, notFound };
}

/** A fresh answer about one known URL: its link now, or undefined when no longer known. */
function relearn(links: KnownLinks, layer: BadgeLayer, url: string, link: KnownLink | undefined): void {
  if (link) links.known.set(url, link);
  else links.known.delete(url);
  layer.show(url, link);
}

/** A mark made from a badge's card: stored by the background, then shown on the badge. */
async function markFromBadge(
  life: Lifetime,
  client: BackgroundClient,
  links: KnownLinks,
  layer: BadgeLayer,
  url: string,
  mark: 'read' | 'saved',
  on: boolean,
): Promise<void> {
  const link = await client.setReading(url, mark, on);
  if (!link || life.isInvalid) return;
  links.known.set(url, link);
  layer.show(url, link);
  layer.commit();
}
