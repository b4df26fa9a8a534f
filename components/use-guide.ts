import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { db } from '@/utils/db';
import { queryPicksByUrl } from '@/utils/db/guide-queries';
import { isRead, type PickedArticle } from '@/utils/db/queries';
import { pageMarks } from '@/utils/marks/page-marks';
import { getLearningPaths, watchLearningPaths } from '@/utils/paths/learning-paths';
import { pathStatus, progressLabel, whyNext, type PathStatus } from '@/utils/paths/next-step';
import { getPathProgress, setPathProgress, watchPathProgress } from '@/utils/paths/path-progress';
import type { LearningPath } from '@/utils/schemas/learning-paths';
import type { PathProgress } from '@/utils/schemas/path-progress';

export interface NextUp {
  status: PathStatus;
  /** The step's article; absent when the path is finished (or the step's article is gone). */
  step?: PickedArticle;
  why: string;
  progress: string;
}

export interface Guide {
  paths: LearningPath[];
  statuses: PathStatus[];
  currentPathId: string | null;
  nextUp?: NextUp;
  /** Step articles by URL, for titles and topics. */
  steps: ReadonlyMap<string, PickedArticle>;
  choose(pathId: string | null): void;
  markRead(url: string): void;
  skip(url: string): void;
  /** Takes a step back from the skipped ones (an undo). */
  unskip(url: string): void;
}

/** A storage item's value, live in this page: undefined until first read. */
function useStored<T>(read: () => Promise<T>, watch: (listener: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let active = true;
    void read().then((first) => active && setValue(first));
    const unwatch = watch((next) => active && setValue(next));
    return () => {
      active = false;
      unwatch();
    };
  }, [read, watch]);
  return value;
}

/**
 * The reader's learning paths, live: the installed paths and the chosen one from storage, the
 * steps' articles and marks from the database. A step read in another tab, the popup or on the
 * article's own page moves "Next up" here at once. `undefined` while loading.
 */
export function useGuide(): Guide | undefined {
  const paths = useStored(getLearningPaths, watchLearningPaths);
  const progress = useStored<PathProgress>(getPathProgress, watchPathProgress);
  const allSteps = useMemo(() => [...new Set((paths ?? []).flatMap((path) => path.steps))], [paths]);
  const steps = useLiveQuery(() => queryPicksByUrl(db, allSteps), [allSteps]);

  const update = useCallback(async (change: (current: PathProgress) => Partial<PathProgress>) => {
    const current = await getPathProgress();
    await setPathProgress({ ...current, ...change(current), updatedAt: Math.max(Date.now(), current.updatedAt + 1) });
  }, []);
  const choose = useCallback((pathId: string | null) => void update(() => ({ currentPathId: pathId })), [update]);
  const skip = useCallback(
    (url: string) => void update((current) => ({ skipped: [...new Set([...current.skipped, url])].slice(-2000) })),
    [update],
  );
  const unskip = useCallback(
    (url: string) => void update((current) => ({ skipped: current.skipped.filter((skipped) => skipped !== url) })),
    [update],
  );
  const markRead = useCallback((url: string) => void pageMarks.set(url, 'read', true), []);

  return useMemo(() => {
    if (paths === undefined || progress === undefined || steps === undefined) return undefined;
    const readStep = (url: string) => isRead(steps.get(url)?.reading);
    const skipped = new Set(progress.skipped);
    const statuses = paths.map((path) => pathStatus(path, readStep, skipped));
    const current = statuses.find((status) => status.path.id === progress.currentPathId);
    const articles = new Map([...steps].map(([url, pick]) => [url, pick.article]));
    const step = current?.next ? steps.get(current.next.url) : undefined;
    const nextUp: NextUp | undefined = current && {
      status: current,
      ...(step ? { step } : {}),
      why: whyNext(current, articles, readStep),
      progress: progressLabel(current),
    };
    return {
      paths,
      statuses,
      currentPathId: current ? progress.currentPathId : null,
      ...(nextUp ? { nextUp } : {}),
      steps,
      choose,
      markRead,
      skip,
      unskip,
    };
  }, [paths, progress, steps, choose, markRead, skip, unskip]);
}
