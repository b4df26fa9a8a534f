import type { LinkState } from '@/utils/badges/protocol';
import type { KnownLink } from '@/utils/messaging';
import { createCard, type CardView } from './card-view';
import { placeNear } from './place-near';
import { adoptStyles, BADGE_CSS, LIFT_CSS } from './styles';

/** The element name every badge host has: the page sees this, and only this, of a badge. */
export const BADGE_TAG = 'quorum-badge';

export const BADGE_LABELS: Readonly<Record<Exclude<LinkState, 'dismissed'>, string>> = {
  unread: 'Quorum: unread pick',
  saved: 'Quorum: saved',
  read: 'Quorum: read',
};
const GLYPHS: Readonly<Record<Exclude<LinkState, 'dismissed'>, string>> = { unread: 'Q', saved: '★', read: '✓' };

const TIP_DELAY_MS = 250;
const TIP_GRACE_MS = 200;
const TIP_SUMMARY_CHARS = 280;
const CONTAINED = ['click', 'auxclick', 'pointerdown', 'mousedown', 'keydown'];
const DELEGATED = ['pointerover', 'pointerout', 'focusin', 'focusout'];

/**
 * Hover and focus handling for every badge of the page through four listeners on the document
 * (in the content script's own world: the page cannot see them), rather than four per badge.
 */
const delegates = new WeakMap<EventTarget, (event: Event) => void>();
let delegating: AbortController | undefined;
function delegate(host: Element, handler: (event: Event) => void): void {
  delegates.set(host, handler);
  if (delegating) return;
  delegating = new AbortController();
  const dispatch = (event: Event) => {
    if (event.target) delegates.get(event.target)?.(event);
  };
  for (const type of DELEGATED)
    document.addEventListener(type, dispatch, { capture: true, passive: true, signal: delegating.signal });
}

/** Removes the delegated listeners (the badges are gone). */
export function stopBadgeEvents(): void {
  delegating?.abort();
  delegating = undefined;
}

export interface BadgeView {
  readonly host: HTMLElement;
  update(link: KnownLink): void;
  remove(): void;
}

let nextId = 0;

/**
 * One badge: a button in a closed shadow root. From the page's side it is an empty
 * <quorum-badge> with no attributes (but a slot, on a site whose markup needs one, the same
 * for every badge there), styled to one fixed box; its state, its tooltip and its card exist
 * only inside the shadow root. Tooltip and card are popovers (the top layer), so
 * an ancestor's overflow or z-index cannot clip them, and they are built on first use.
 */
export function createBadge(
  link: KnownLink,
  mark: (url: string, mark: 'read' | 'saved', on: boolean) => void,
  lifted = false,
): BadgeView {
  let current = link;
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  if (lifted) adoptStyles(root, BADGE_CSS, LIFT_CSS);
  else adoptStyles(root, BADGE_CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  root.append(button);

  let tip: HTMLElement | undefined;
  let card: (CardView & { popover: HTMLElement }) | undefined;
  let tipTimer: ReturnType<typeof setTimeout> | undefined;

  const fillTip = () => {
    if (!tip) return;
    const summary =
      current.summary.length > TIP_SUMMARY_CHARS
        ? `${current.summary.slice(0, TIP_SUMMARY_CHARS - 1)}…`
        : current.summary;
    const title = document.createElement('b');
    title.textContent = current.title;
    const text = document.createElement('p');
    text.textContent = summary;
    tip.replaceChildren(title, text);
  };
  const showTip = () => {
    if (card?.popover.matches(':popover-open')) return;
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'tip';
      tip.id = `quorum-tip-${nextId++}`;
      tip.setAttribute('role', 'tooltip');
      tip.popover = 'manual';
      root.append(tip);
      button.setAttribute('aria-describedby', tip.id);
      fillTip();
    }
    if (!tip.matches(':popover-open')) tip.showPopover();
    placeNear(tip, button);
  };
  const hideTip = () => {
    clearTimeout(tipTimer);
    if (tip?.matches(':popover-open')) tip.hidePopover();
  };
  const hideTipSoon = () => {
    clearTimeout(tipTimer);
    tipTimer = setTimeout(hideTip, TIP_GRACE_MS);
  };

  /** Built before the first click (on hover, focus or press) so the button's own popover
   * toggling opens it, and light dismiss knows the button is its invoker. */
  const ensureCard = () => {
    if (card) return;
    const view = createCard(current, {
      mark: (which, on) => mark(current.url, which, on),
      close: () => popover.hidePopover(),
    });
    const popover = view.element;
    popover.popover = 'auto';
    // The card is fixed in the viewport; while open it follows its badge as the page scrolls.
    const follow = () => placeNear(popover, button);
    // Synchronous, unlike 'toggle': the tooltip is never up at the same time as the card.
    popover.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState !== 'open') return;
      hideTip();
      // Near enough before the first frame; exact once it has a size (on 'toggle').
      follow();
    });
    popover.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        follow();
        addEventListener('scroll', follow, { capture: true, passive: true });
        view.focus();
      } else {
        removeEventListener('scroll', follow, { capture: true });
        if (root.activeElement && popover.contains(root.activeElement)) button.focus();
      }
    });
    root.append(popover);
    button.popoverTargetElement = popover;
    card = { ...view, popover };
  };

  // Events that must not reach the page's own handlers (a listing that navigates on click)
  // are stopped inside the shadow root; the rest is delegated, one listener for all badges.
  const contain = (event: Event) => {
    // Normally built by now (hover, focus, press); a click from assistive technology may come
    // alone, and the button's popover toggling reads its target only after the listeners ran.
    if (event.type === 'pointerdown' || event.type === 'click') ensureCard();
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape') hideTip();
    event.stopPropagation();
  };
  for (const type of CONTAINED) root.addEventListener(type, contain);
  // Delegated events arrive retargeted to the host, from the button, the tooltip or the card.
  delegate(host, (event) => {
    switch (event.type) {
      case 'pointerover':
        clearTimeout(tipTimer);
        if (!card?.popover.matches(':popover-open') && !tip?.matches(':popover-open')) {
          ensureCard();
          tipTimer = setTimeout(showTip, TIP_DELAY_MS);
        }
        break;
      case 'pointerout':
        // Moving between the button and its tooltip stays inside the host.
        if ((event as PointerEvent).relatedTarget !== host) hideTipSoon();
        break;
      case 'focusin':
        if (root.activeElement === button) {
          ensureCard();
          if (button.matches(':focus-visible')) showTip();
        }
        break;
      case 'focusout':
        hideTipSoon();
        break;
    }
  });

  const update = (next: KnownLink) => {
    current = next;
    const state = next.state === 'dismissed' ? 'unread' : next.state;
    button.className = `badge ${state}`;
    button.textContent = GLYPHS[state];
    button.setAttribute('aria-label', BADGE_LABELS[state]);
    fillTip();
    card?.update(next);
  };
  update(link);

  return {
    host,
    update,
    remove() {
      hideTip();
      if (card?.popover.matches(':popover-open')) card.popover.hidePopover();
      host.remove();
    },
  };
}
