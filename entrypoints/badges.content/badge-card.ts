import type { KnownLink } from '@/utils/messaging';
import { createCard, type CardView } from './card-view';
import { childLifetime, type ChildLifetime, type Lifetime } from './lifetime';
import { placeNear } from './place-near';

export interface BadgeCard {
  /**
   * Builds the card if need be. Built before the first click (on hover, focus or press) so the
   * button's own popover toggling opens it, and light dismiss knows the button is its invoker.
   */
  ensure(): void;
  isOpen(): boolean;
  close(): void;
  update(link: KnownLink): void;
}

export interface BadgeCardOptions {
  mark(which: 'read' | 'saved', on: boolean): void;
  /** Runs as the card is about to open: the tooltip must not be up at the same time. */
  beforeOpen(): void;
}

/** The card a badge's button opens: a popover in the top layer that follows its badge while open. */
export function createBadgeCard(
  life: Lifetime,
  root: ShadowRoot,
  button: HTMLButtonElement,
  link: () => KnownLink,
  options: BadgeCardOptions,
): BadgeCard {
  let card: (CardView & { popover: HTMLElement }) | undefined;
  const isOpen = () => card?.popover.matches(':popover-open') ?? false;

  const ensure = () => {
    if (card) return;
    const view = createCard(link(), { mark: options.mark, close: () => popover.hidePopover() });
    const popover = view.element;
    popover.popover = 'auto';
    followWhileOpen(life, popover, button, options.beforeOpen, (open) => {
      if (open) view.focus();
      else if (root.activeElement && popover.contains(root.activeElement)) button.focus();
    });
    root.append(popover);
    button.popoverTargetElement = popover;
    card = { ...view, popover };
  };

  return {
    ensure,
    isOpen,
    close: () => {
      if (isOpen()) card!.popover.hidePopover();
    },
    update: (next) => card?.update(next),
  };
}

/**
 * The card is fixed in the viewport; while open it follows its badge as the page scrolls, and
 * the button says whether it is expanded.
 */
function followWhileOpen(
  life: Lifetime,
  popover: HTMLElement,
  button: HTMLButtonElement,
  beforeOpen: () => void,
  toggled: (open: boolean) => void,
): void {
  const follow = () => placeNear(popover, button);
  let opened: ChildLifetime | undefined;
  // Synchronous, unlike 'toggle': the tooltip is never up at the same time as the card.
  life.addEventListener(popover, 'beforetoggle', (event) => {
    if ((event as ToggleEvent).newState !== 'open') return;
    beforeOpen();
    // Near enough before the first frame; exact once it has a size (on 'toggle').
    follow();
  });
  life.addEventListener(popover, 'toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    button.setAttribute('aria-expanded', String(open));
    opened?.end();
    opened = undefined;
    if (open) {
      follow();
      opened = childLifetime(life);
      opened.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
    }
    toggled(open);
  });
}
