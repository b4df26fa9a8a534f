import type { KnownLink } from '@/utils/messaging';

export interface CardHandlers {
  mark(mark: 'read' | 'saved', on: boolean): void;
  close(): void;
  /** Extra actions of the article card. */
  extra?: readonly { label: string; run(): void }[];
}

export interface CardView {
  element: HTMLElement;
  update(link: KnownLink): void;
  /** Focuses the first action, for keyboard users who opened the card. */
  focus(): void;
}

/** Text as text: titles and summaries come from feeds and are never parsed as markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function actionButton(label: string, run: () => void): HTMLButtonElement {
  const button = el('button', '', label);
  button.type = 'button';
  button.addEventListener('click', run);
  return button;
}

/**
 * The card a badge opens (and the article card's expanded form): title, source, summary,
 * topics, and the actions. Action buttons have one width whatever their label, so the card's
 * size says nothing about the article's state.
 */
export function createCard(link: KnownLink, handlers: CardHandlers): CardView {
  let current = link;
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  const close = actionButton('✕', () => handlers.close());
  close.className = 'close';
  close.setAttribute('aria-label', 'Close');
  const title = el('p', 'title');
  const meta = el('p', 'meta');
  const guide = el('p', 'meta');
  const summary = el('p', 'summary');
  const topics = el('ul', 'topics');
  topics.setAttribute('aria-label', 'Topics');
  const read = actionButton('', () => handlers.mark('read', current.state !== 'read'));
  const save = actionButton('', () => handlers.mark('saved', !current.saved));
  const actions = el('div', 'actions');
  actions.append(read, save, ...(handlers.extra ?? []).map((action) => actionButton(action.label, action.run)));
  card.append(close, title, meta, guide, summary, topics, actions);

  const update = (next: KnownLink) => {
    current = next;
    card.setAttribute('aria-label', `Quorum: ${next.title}`);
    title.textContent = next.title;
    meta.textContent = next.source;
    // Level, reading time and what to read first: set by the background, shown as text.
    guide.textContent = [next.guide, next.readFirst && `Read first: ${next.readFirst}`].filter(Boolean).join(' · ');
    guide.hidden = guide.textContent === '';
    summary.textContent = next.summary;
    topics.replaceChildren(...next.topics.map((topic) => el('li', '', topic)));
    topics.hidden = next.topics.length === 0;
    read.textContent = next.state === 'read' ? 'Mark as unread' : 'Mark as read';
    save.textContent = next.saved ? 'Unsave' : 'Save';
    save.setAttribute('aria-pressed', String(next.saved));
  };
  update(link);
  return { element: card, update, focus: () => read.focus() };
}
