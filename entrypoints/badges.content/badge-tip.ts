import type { KnownLink } from '@/utils/messaging';
import type { Lifetime } from './lifetime';
import { placeNear } from './place-near';

const TIP_DELAY_MS = 250;
const TIP_GRACE_MS = 200;
const TIP_SUMMARY_CHARS = 280;

let nextId = 0;

export interface BadgeTip {
  isOpen(): boolean;
  show(): void;
  /** Shows it after a short hover, unless something cancels it first. */
  showSoon(): void;
  hide(): void;
  /** Hides it after a grace period, so the pointer can move from the button onto it. */
  hideSoon(): void;
  /** Cancels a pending show or hide. */
  cancel(): void;
  update(link: KnownLink): void;
}

/**
 * The tooltip of one badge: title and the start of the summary, built on first show, and
 * never shown while `suppressed` says so (the badge's card is open).
 */
export function createBadgeTip(
  life: Lifetime,
  root: ShadowRoot,
  button: HTMLElement,
  link: KnownLink,
  suppressed: () => boolean,
): BadgeTip {
  let current = link;
  let tip: HTMLElement | undefined;
  let timer: number | undefined;

  const isOpen = () => tip?.matches(':popover-open') ?? false;
  const cancel = () => clearTimeout(timer);
  const show = () => {
    if (suppressed()) return;
    if (!tip) {
      tip = buildTip(root, button);
      fillTip(tip, current);
    }
    if (!tip.matches(':popover-open')) tip.showPopover();
    placeNear(tip, button);
  };
  const hide = () => {
    cancel();
    if (isOpen()) tip!.hidePopover();
  };

  return {
    isOpen,
    show,
    showSoon: () => {
      cancel();
      timer = life.setTimeout(show, TIP_DELAY_MS);
    },
    hide,
    hideSoon: () => {
      cancel();
      timer = life.setTimeout(hide, TIP_GRACE_MS);
    },
    cancel,
    update(next) {
      current = next;
      if (tip) fillTip(tip, current);
    },
  };
}

function buildTip(root: ShadowRoot, button: HTMLElement): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.id = `quorum-tip-${nextId++}`;
  tip.setAttribute('role', 'tooltip');
  tip.popover = 'manual';
  root.append(tip);
  button.setAttribute('aria-describedby', tip.id);
  return tip;
}

/** Text as text: titles and summaries come from feeds and are never parsed as markup. */
function fillTip(tip: HTMLElement, link: KnownLink): void {
  const summary =
    link.summary.length > TIP_SUMMARY_CHARS ? `${link.summary.slice(0, TIP_SUMMARY_CHARS - 1)}…` : link.summary;
  const title = document.createElement('b');
  title.textContent = link.title;
  const text = document.createElement('p');
  text.textContent = summary;
  tip.replaceChildren(title, text);
}
