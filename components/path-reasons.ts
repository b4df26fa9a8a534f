import { createContext, useCallback, useMemo } from 'react';
import type { ExtraReason } from '@/utils/curation/explain';
import { pathStepReasons } from '@/utils/paths/path-reasons';
import type { Guide } from './use-guide';

/**
 * The reasons the learning paths give for the cards of a page (utils/paths/path-reasons.ts),
 * by article URL: where a step stands on the reader's path and on the others. A card's "Why
 * this pick?" leads with them. The arrays are made once per set of paths and choice of path,
 * so a card's explanation is not worked out again on every render.
 */
export type PathReasonsOf = (url: string) => readonly ExtraReason[] | undefined;

export const PathReasonsContext = createContext<PathReasonsOf>(() => undefined);

/** Where each step of the learning paths stands on them, the reader's own path first, for the cards of the page. */
export function usePathStepReasons(guide: Pick<Guide, 'paths' | 'currentPathId'> | undefined): PathReasonsOf {
  const paths = guide?.paths;
  const currentPathId = guide?.currentPathId;
  const reasons = useMemo(() => pathStepReasons(paths ?? [], currentPathId), [paths, currentPathId]);
  return useCallback((url: string) => reasons.get(url), [reasons]);
}
