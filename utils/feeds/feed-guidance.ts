import { estimateMinutes, guessLevel } from '../paths/reading-time';
import type { Article } from '../schemas/article';

/** A feed article's reading time and level, guessed from its text and marked as guessed. */
export function feedItemGuidance(
  title: string,
  summary: string,
  bodyWords: number | undefined,
): Pick<Article, 'level' | 'minutes' | 'estimated'> {
  return { level: guessLevel(title, summary), minutes: estimateMinutes(bodyWords), estimated: true };
}
