import { createContext, useCallback, useMemo } from 'react';
import type { ExtraReason } from '@/utils/curation/explain';
import { pathStepReasons } from '@/utils/paths/path-reasons';
import type { Guide } from './use-guide';

/**
 * The reasons a page's learning path gives for the cards under it (utils/paths/path-reasons.ts),
 * by article URL. A card's "Why this pick?" leads with them. The arrays are made once per path,
 * so a card's explanation is not worked out again on every render.
 */
export type PathReasonsOf = (url: string) => readonly ExtraReason[] | undefined;

export const PathReasonsContext = createContext<PathReasonsOf>(() => undefined);

/** Where each step of the reader's current path stands on it, for the cards of the page. */
export function usePathStepReasons(guide: Pick<Guide, 'paths' | 'currentPathId'> | undefined): PathReasonsOf {
  const path = guide?.paths.find((candidate) => candidate.id === guide.currentPathId);
  const reasons = useMemo(() => pathStepReasons(path), [path]);
  return useCallback((url: string) => reasons.get(url), [reasons]);
}
