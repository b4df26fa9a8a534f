import type { Article, Level } from '../schemas/article';

const LEVEL_LABELS: Record<Level, string> = { intro: 'Intro', intermediate: 'Intermediate', advanced: 'Advanced' };

export function levelLabel(level: Level): string {
  return LEVEL_LABELS[level];
}

/** "1 h 30 min", "45 min": long papers read better as hours. */
export function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * "Intermediate · 45 min", or "Intro · about 10 min (estimated)" for a feed article whose level
 * and length were guessed from its text. Empty when nothing is known.
 */
export function guideLabel(article: Pick<Article, 'level' | 'minutes' | 'estimated'>): string {
  const parts: string[] = [];
  if (article.level) parts.push(levelLabel(article.level));
  if (article.minutes) parts.push(`${article.estimated ? 'about ' : ''}${minutesLabel(article.minutes)}`);
  if (parts.length === 0) return '';
  return parts.join(' · ') + (article.estimated ? ' (estimated)' : '');
}
