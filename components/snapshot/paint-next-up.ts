import type { SnapshotNextUp } from './snapshot';

type Make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Node[]
) => HTMLElementTagNameMap[K];

/**
 * The Next up block from a snapshot, with the live block's markup (components/guide/next-up.tsx)
 * and inert buttons, so the first frame already shows where the reader is in their path.
 */
export function paintNextUp(nextUp: SnapshotNextUp, compact: boolean, el: Make): HTMLElement {
  const text = (value: string) => document.createTextNode(String(value));
  const heading = el('h2', 'next-up__heading', text('Next up'));
  heading.id = 'snapshot-next-up';
  const bar = el('progress', 'next-up__bar');
  bar.max = nextUp.total;
  bar.value = nextUp.done;
  bar.setAttribute('aria-label', `${nextUp.pathTitle}: ${nextUp.done} of ${nextUp.total} steps done`);
  const link = el('a', undefined, text(nextUp.title));
  if (/^https?:\/\//i.test(nextUp.url)) link.href = nextUp.url;
  link.referrerPolicy = 'no-referrer';
  if (compact) Object.assign(link, { target: '_blank', rel: 'noopener noreferrer' });
  const meta = el('p', 'next-up__meta');
  if (nextUp.guide) meta.append(el('span', 'next-up__guide', text(nextUp.guide)), text(' · '));
  meta.append(el('span', undefined, text(nextUp.source)));
  const actions = el('div', 'next-up__actions', button('Mark read and continue'), button('Skip'));
  if (!compact) actions.append(button('Change path', 'next-up__change'));

  const section = el(
    'section',
    `next-up${compact ? ' next-up--compact' : ''}`,
    el('div', 'next-up__top', heading, el('p', 'next-up__progress', text(nextUp.progress))),
    bar,
    el('h3', 'next-up__title', link),
    meta,
  );
  if (!compact) section.append(el('p', 'next-up__why', text(nextUp.why)));
  section.append(actions);
  section.setAttribute('aria-labelledby', heading.id);
  return section;

  function button(label: string, className?: string): HTMLButtonElement {
    const node = el('button', className, text(label));
    node.type = 'button';
    return node;
  }
}
