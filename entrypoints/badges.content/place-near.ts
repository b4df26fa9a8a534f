const MARGIN = 8;
const GAP = 6;

/**
 * Puts an open popover just below `anchor` (above it when there is no room), kept inside the
 * viewport. Popovers sit in the top layer with fixed positions, so this is viewport maths.
 */
export function placeNear(popover: HTMLElement, anchor: Element): void {
  const box = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.max(MARGIN, Math.min(box.left, innerWidth - width - MARGIN));
  let top = box.bottom + GAP;
  if (top + height > innerHeight - MARGIN) top = Math.max(MARGIN, box.top - height - GAP);
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}
