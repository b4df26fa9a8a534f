import { paintNextUp } from './paint-next-up';
import { snapshotKey, SNAPSHOT_VERSION, type Snapshot, type SnapshotPage, type SnapshotPick } from './snapshot';

/**
 * Paints the stored snapshot into `container` with the same markup and classes as the React
 * page, so the swap to live data is invisible. Runs before anything else on the page: no
 * imports beyond the snapshot's types, and any problem means "paint nothing".
 */
export function paintSnapshot(container: HTMLElement, page: SnapshotPage): boolean {
  const snapshot = readSnapshot(page);
  if (!snapshot || snapshot.picks.length === 0) return false;
  const compact = page === 'popup';

  const list = el('ul', 'picks');
  for (const pick of snapshot.picks) list.append(el('li', undefined, card(pick, compact)));
  const brand = el(
    'span',
    'brand',
    Object.assign(el('img'), { src: '/icon/32.png', alt: '', width: 24, height: 24 }),
    text('Quorum'),
  );
  if (compact) {
    list.setAttribute('aria-label', 'Top unread picks');
    const header = el('header', 'popup__header', brand, el('span', 'popup__count', text(snapshot.countLabel)));
    const main = el('main', undefined, list);
    if (snapshot.nextUp) main.prepend(paintNextUp(snapshot.nextUp, true, el));
    container.append(el('div', 'popup', header, main));
  } else {
    // The live page's frame around the cards, inert, so the cards do not move when it takes over.
    const search = el(
      'form',
      'search',
      Object.assign(el('input'), { type: 'search', placeholder: SEARCH_PLACEHOLDER }),
    );
    const status = el('div', 'newtab__status', el('p', 'newtab__count', text(snapshot.countLabel)));
    const header = el('header', 'newtab__header', brand, search, status);
    const views = el('div', 'views', ...VIEW_LABELS.map((label, i) => viewButton(label, i === 0)));
    const filters = el('section', 'filters', el('div', 'filters__row', button('Filters', 'filters__toggle')));
    const heading = el('h1', 'visually-hidden', text('Picks'));
    const main = el('main', undefined, heading);
    if (snapshot.nextUp) main.append(el('div', 'guide', paintNextUp(snapshot.nextUp, false, el)));
    main.append(list);
    container.append(el('div', 'newtab', header, el('div', 'newtab__bar', views, filters), main));
  }
  performance.mark('quorum:snapshot');
  return true;
}

function readSnapshot(page: SnapshotPage): Snapshot | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(snapshotKey(page)) ?? 'null') as Snapshot | null;
    if (value?.version !== SNAPSHOT_VERSION || !Array.isArray(value.picks)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

function card(pick: SnapshotPick, compact: boolean): HTMLElement {
  const link = el('a', undefined, text(pick.title));
  // Only http(s) links were ever stored, but the snapshot is re-checked all the same.
  if (/^https?:\/\//i.test(pick.url)) link.href = pick.url;
  link.referrerPolicy = 'no-referrer';
  if (compact) Object.assign(link, { target: '_blank', rel: 'noopener noreferrer' });
  const title = el('h2', 'pick__title', link);
  // Its own name, so tests and benchmarks can tell snapshot paints from live ones.
  title.setAttribute('elementtiming', 'snapshot-pick-title');

  const meta = el('p', 'pick__meta', el('span', 'pick__source', text(pick.source)));
  if (pick.date) {
    const time = el('time', undefined, text(pick.date));
    if (pick.dateTime) time.dateTime = pick.dateTime;
    meta.append(text(' · '), time);
  }
  if (pick.kind) meta.append(el('span', 'pick__kind', text(pick.kind)));
  if (pick.read) meta.append(el('span', 'pick__state', text('Read')));
  if (pick.saved) meta.append(el('span', 'pick__state pick__state--saved', text('Saved')));

  const actions = el(
    'div',
    'pick__actions',
    button(pick.read ? 'Mark as unread' : 'Mark as read'),
    button(pick.saved ? 'Unsave' : 'Save'),
  );
  if (!compact) actions.append(button('Dismiss', 'pick__dismiss'));
  const footer = el('div', 'pick__footer');
  if (!compact) {
    const topics = el('ul', 'topics');
    topics.setAttribute('aria-label', 'Topics');
    for (const topic of pick.topics) topics.append(el('li', 'topic', text(topic)));
    footer.append(topics);
  }
  footer.append(actions);
  if (!compact) footer.append(el('div', 'why', button('Why this pick?', 'why__toggle')));
  const guide = guideLine(pick.guide);
  const notes = compact ? undefined : notesBlock(pick.notes);

  const classes = ['pick', pick.read && 'pick--read', compact && 'pick--compact'].filter(Boolean).join(' ');
  const lines: HTMLElement[] = [title, meta];
  if (guide) lines.push(guide);
  if (notes) lines.push(notes);
  return compact
    ? el('article', classes, ...lines, footer)
    : el('article', classes, ...lines, el('p', 'pick__summary', text(pick.summary)), footer);
}

/** The guidance line as components/card-guidance.tsx draws it; links there, plain text here. */
function guideLine(guide: SnapshotPick['guide']): HTMLElement | undefined {
  if (!guide || typeof guide !== 'object') return undefined;
  const line = el('p', 'pick__guide');
  if (typeof guide.label === 'string') line.append(el('span', 'pick__level', text(guide.label)));
  if (typeof guide.readFirst === 'string')
    line.append(el('span', 'pick__read-first', text(`Read first: ${guide.readFirst}`)));
  if (typeof guide.gentler === 'string') line.append(el('span', 'pick__gentler', text(`Gentler: ${guide.gentler}`)));
  return line.childNodes.length > 0 ? line : undefined;
}

/** The notes as components/card-notes.tsx draws them; its links are plain text here. */
function notesBlock(notes: SnapshotPick['notes']): HTMLElement | undefined {
  if (!notes || typeof notes !== 'object') return undefined;
  const line = (className: string, lead: string, names: unknown) =>
    Array.isArray(names) && names.length > 0 ? el('p', className, text(`${lead} ${names.join(', ')}`)) : undefined;
  const lines: HTMLElement[] = [];
  for (const part of [
    line('pick__also', 'Also on', notes.alsoOn),
    line('pick__discussed', 'Discussed on', notes.discussedOn),
  ])
    if (part) lines.push(part);
  return lines.length > 0 ? el('div', 'pick__notes', ...lines) : undefined;
}

/** The same words as the live page (entrypoints/newtab), which replaces this frame. */
const SEARCH_PLACEHOLDER = 'Search your library  ( / )';
const VIEW_LABELS = ['Picks', 'Saved', 'History', 'Dismissed', 'Paths'];

function viewButton(label: string, pressed: boolean): HTMLButtonElement {
  const node = button(label, 'views__tab');
  node.setAttribute('aria-pressed', String(pressed));
  return node;
}

/** Inert until the app takes over a few frames later: the live page has the working ones. */
function button(label: string, className?: string): HTMLButtonElement {
  const node = el('button', className, text(label));
  node.type = 'button';
  return node;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function text(value: string): Text {
  return document.createTextNode(String(value));
}
