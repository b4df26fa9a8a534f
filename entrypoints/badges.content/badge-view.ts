import type { LinkState } from '@/utils/badges/protocol';
import type { KnownLink } from '@/utils/messaging';
import { createBadgeCard, type BadgeCard } from './badge-card';
import type { BadgeEvents } from './badge-events';
import { createBadgeTip, type BadgeTip } from './badge-tip';
import type { Lifetime } from './lifetime';
import { adoptStyles, BADGE_CSS, LIFT_CSS } from './styles';

/** The element name every badge host has: the page sees this, and only this, of a badge. */
export const BADGE_TAG = 'quorum-badge';

export const BADGE_LABELS: Readonly<Record<Exclude<LinkState, 'dismissed'>, string>> = {
  unread: 'Quorum: unread pick',
  saved: 'Quorum: saved',
  read: 'Quorum: read',
};
const GLYPHS: Readonly<Record<Exclude<LinkState, 'dismissed'>, string>> = { unread: 'Q', saved: '★', read: '✓' };
/** Events that must not reach the page's own handlers (a listing that navigates on click). */
const CONTAINED = ['click', 'auxclick', 'pointerdown', 'mousedown', 'keydown'];

export interface BadgeView {
  readonly host: HTMLElement;
  update(link: KnownLink): void;
  remove(): void;
}

export interface BadgeOptions {
  life: Lifetime;
  events: BadgeEvents;
  mark(url: string, mark: 'read' | 'saved', on: boolean): void;
  /** Above an invisible link stretched across a listing card (see site-hints). */
  lifted: boolean;
}

/**
 * One badge: a button in a closed shadow root. From the page's side it is an empty
 * <quorum-badge> with no attributes (but a slot, on a site whose markup needs one, the same
 * for every badge there), styled to one fixed box; its state, its tooltip and its card exist
 * only inside the shadow root. Tooltip and card are popovers (the top layer), so
 * an ancestor's overflow or z-index cannot clip them, and they are built on first use.
 */
export function createBadge(link: KnownLink, options: BadgeOptions): BadgeView {
  let current = link;
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  if (options.lifted) adoptStyles(root, BADGE_CSS, LIFT_CSS);
  else adoptStyles(root, BADGE_CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  root.append(button);

  const card = createBadgeCard(options.life, root, button, () => current, {
    mark: (which, on) => options.mark(current.url, which, on),
    beforeOpen: () => tip.hide(),
  });
  const tip = createBadgeTip(options.life, root, button, link, card.isOpen);
  containEvents(root, card, tip);
  options.events.delegate(host, (event) => onDelegated(event, { host, root, button, card, tip }));

  const update = (next: KnownLink) => {
    current = next;
    const state = next.state === 'dismissed' ? 'unread' : next.state;
    button.className = `badge ${state}`;
    button.textContent = GLYPHS[state];
    button.setAttribute('aria-label', BADGE_LABELS[state]);
    tip.update(next);
    card.update(next);
  };
  update(link);

  return {
    host,
    update,
    remove() {
      tip.hide();
      card.close();
      host.remove();
    },
  };
}

/** Stops, inside the shadow root, the events the page must not see; the rest is delegated. */
function containEvents(root: ShadowRoot, card: BadgeCard, tip: BadgeTip): void {
  const contain = (event: Event) => {
    // Normally built by now (hover, focus, press); a click from assistive technology may come
    // alone, and the button's popover toggling reads its target only after the listeners ran.
    if (event.type === 'pointerdown' || event.type === 'click') card.ensure();
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape') tip.hide();
    event.stopPropagation();
  };
  for (const type of CONTAINED) root.addEventListener(type, contain);
}

interface BadgeParts {
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  card: BadgeCard;
  tip: BadgeTip;
}

/** Delegated events arrive retargeted to the host, from the button, the tooltip or the card. */
function onDelegated(event: Event, { host, root, button, card, tip }: BadgeParts): void {
  switch (event.type) {
    case 'pointerover':
      tip.cancel();
      if (!card.isOpen() && !tip.isOpen()) {
        card.ensure();
        tip.showSoon();
      }
      break;
    case 'pointerout':
      // Moving between the button and its tooltip stays inside the host.
      if ((event as PointerEvent).relatedTarget !== host) tip.hideSoon();
      break;
    case 'focusin':
      if (root.activeElement === button) {
        card.ensure();
        if (button.matches(':focus-visible')) tip.show();
      }
      break;
    case 'focusout':
      tip.hideSoon();
      break;
  }
}
