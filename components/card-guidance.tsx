import { createContext, useContext, type MouseEvent } from 'react';
import { guideLabel } from '@/utils/paths/guide-label';
import type { Article } from '@/utils/schemas/article';

export interface LinkedArticle {
  url: string;
  title: string;
  read: boolean;
}

export interface CardGuidanceValue {
  /** Prerequisites and gentler items of the cards on screen, by URL. */
  linked: ReadonlyMap<string, LinkedArticle>;
  /** Brings that article's card into view (the page decides how); absent where cards cannot. */
  showCard?: (url: string) => void;
  /** False while the linked articles are still being read. */
  ready?: boolean;
}

export const CardGuidanceContext = createContext<CardGuidanceValue>({ linked: new Map() });

/** What a card's guidance line says; the first-paint snapshot paints the same parts. */
export function guidanceParts(article: Article, linked: ReadonlyMap<string, LinkedArticle>) {
  const first = (article.prerequisites ?? []).map((url) => linked.get(url)).find((item) => item && !item.read);
  const gentler = article.easier ? linked.get(article.easier) : undefined;
  // A pack may name one article as both: it is said once, as the one to read first.
  const gentlerUnread = gentler && !gentler.read && gentler.url !== first?.url ? gentler : undefined;
  return { label: guideLabel(article), first, gentlerUnread };
}

/**
 * A card's guidance line: level and reading time, the first unread prerequisite ("Read first")
 * and an unread gentler item that covers the same ground ("Gentler").
 */
export function CardGuidance({ article }: { article: Article }) {
  const { linked, showCard } = useContext(CardGuidanceContext);
  const { label, first, gentlerUnread } = guidanceParts(article, linked);
  if (!label && !first && !gentlerUnread) return null;

  const link = (item: LinkedArticle, prefix: string, className: string) => {
    const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
      if (!showCard || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      showCard(item.url);
    };
    return (
      <a className={className} href={item.url} referrerPolicy="no-referrer" onClick={onClick}>
        {prefix}: {item.title}
      </a>
    );
  };
  return (
    <p className="pick__guide">
      {label && <span className="pick__level">{label}</span>}
      {first && link(first, 'Read first', 'pick__read-first')}
      {gentlerUnread && link(gentlerUnread, 'Gentler', 'pick__gentler')}
    </p>
  );
}
