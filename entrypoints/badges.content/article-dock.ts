import { browser } from 'wxt/browser';
import type { KnownLink } from '@/utils/messaging';
import { BADGE_LABELS } from './badge-view';
import { createCard, type CardView } from './card-view';
import { adoptStyles, DOCK_CSS } from './styles';

/** The article card's host element: one per page, only on pages that are known articles. */
export const DOCK_TAG = 'quorum-card';

export const CORNERS = ['br', 'bl', 'tl', 'tr'] as const;
export type Corner = (typeof CORNERS)[number];
/** Where the user last put the card, in extension storage: one choice for every site. */
export const CORNER_KEY = 'badgeCardCorner';

export async function loadCorner(): Promise<Corner> {
  try {
    const stored = (await browser.storage.local.get(CORNER_KEY))[CORNER_KEY];
    return CORNERS.includes(stored as Corner) ? (stored as Corner) : 'br';
  } catch {
    return 'br';
  }
}

export interface DockHandlers {
  mark(mark: 'read' | 'saved', on: boolean): void;
  hideOnSite(): void;
  /** The user closed the card for this visit. */
  dismiss(): void;
}

export interface ArticleDock {
  update(link: KnownLink): void;
  remove(): void;
}

/**
 * The article card: a small pill in a corner of the page that expands into the card, with
 * the summary, topics and actions. It lives in the top layer (a manual popover), so no page
 * z-index can bury it; it can move to another corner when it covers something, and be
 * dismissed for the visit.
 */
export function createArticleDock(link: KnownLink, corner: Corner, handlers: DockHandlers): ArticleDock {
  let current = link;
  let where = corner;
  const { host, dock } = createDockHost();
  const { pill, open } = createPill(
    () => setExpanded(true),
    () => handlers.dismiss(),
  );

  const card: CardView = createCard(link, {
    mark: handlers.mark,
    close: () => setExpanded(false),
    extra: [
      { label: 'Hide badges on this site', run: () => handlers.hideOnSite() },
      { label: 'Move', run: () => move() },
    ],
  });

  const render = () => {
    dock.className = `dock ${where}`;
    const state = current.state === 'dismissed' ? 'unread' : current.state;
    pill.className = `pill ${state}`;
    open.textContent = `Quorum · ${BADGE_LABELS[state].slice('Quorum: '.length)}`;
    open.setAttribute('aria-label', `${BADGE_LABELS[state]}. Show the Quorum card`);
    card.update(current);
  };
  let isExpanded = false;
  const setExpanded = (expanded: boolean) => {
    isExpanded = expanded;
    dock.replaceChildren(expanded ? card.element : pill);
    open.setAttribute('aria-expanded', String(expanded));
    if (expanded) card.focus();
    else open.focus();
  };
  const move = () => {
    where = CORNERS[(CORNERS.indexOf(where) + 1) % CORNERS.length]!;
    render();
    void browser.storage.local.set({ [CORNER_KEY]: where }).catch(() => undefined);
  };

  // Escape folds the open card back into its pill, as it closes a badge's card.
  dock.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isExpanded) setExpanded(false);
  });

  render();
  dock.replaceChildren(pill);
  // Outside <body>, so a site that swaps its body (dev.to) does not take the card with it.
  document.documentElement.append(host);
  dock.showPopover();

  return {
    update(next) {
      current = next;
      render();
    },
    remove() {
      host.remove();
    },
  };
}

/** The host and its closed shadow root, whose clicks and keys never reach the page's handlers. */
function createDockHost(): { host: HTMLElement; dock: HTMLElement } {
  const host = document.createElement(DOCK_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, DOCK_CSS);
  const dock = document.createElement('div');
  dock.popover = 'manual';
  dock.setAttribute('role', 'region');
  dock.setAttribute('aria-label', 'Quorum');
  root.append(dock);
  for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup'])
    root.addEventListener(type, (event) => event.stopPropagation());
  return { host, dock };
}

/** The collapsed card: a button that opens it, and one that dismisses it for the visit. */
function createPill(expand: () => void, dismiss: () => void): { pill: HTMLElement; open: HTMLButtonElement } {
  const pill = document.createElement('div');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.setAttribute('aria-expanded', 'false');
  open.addEventListener('click', expand);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'dismiss';
  close.textContent = '✕';
  close.setAttribute('aria-label', 'Dismiss the Quorum card');
  close.addEventListener('click', dismiss);
  pill.append(open, close);
  return { pill, open };
}
