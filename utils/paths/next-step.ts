import type { LearningPath } from '../schemas/learning-paths';

export interface PathStatus {
  path: LearningPath;
  total: number;
  /** Steps read or skipped: what the progress bar shows. */
  done: number;
  read: number;
  /** The steps skipped and not read since, in the path's order: the reader may bring one back. */
  skipped: string[];
  /** The first step neither read nor skipped, with its 0-based position; absent when finished. */
  next?: { url: string; index: number };
  finished: boolean;
}

/**
 * Where the reader stands in a path. The next step is the first one, in teaching order, that is
 * neither read nor skipped, so a step added to the pack later (even before steps already read)
 * comes up next, and a path whose every step is done is finished until its pack grows.
 */
export function pathStatus(
  path: LearningPath,
  isRead: (url: string) => boolean,
  skipped: ReadonlySet<string>,
): PathStatus {
  let read = 0;
  const skippedSteps: string[] = [];
  let next: PathStatus['next'];
  path.steps.forEach((url, index) => {
    if (isRead(url)) read++;
    else if (skipped.has(url)) skippedSteps.push(url);
    else if (next === undefined) next = { url, index };
  });
  return {
    path,
    total: path.steps.length,
    done: read + skippedSteps.length,
    read,
    skipped: skippedSteps,
    ...(next ? { next } : {}),
    finished: next === undefined,
  };
}

export interface StepArticle {
  url: string;
  title: string;
  prerequisites?: readonly string[] | undefined;
}

/**
 * One sentence on why this step comes now: it builds on something the reader has read, or it
 * follows the step before it, or it is where the path begins.
 */
export function whyNext(
  status: PathStatus,
  articles: ReadonlyMap<string, StepArticle>,
  isRead: (url: string) => boolean,
): string {
  if (!status.next) return '';
  const step = articles.get(status.next.url);
  const builtOn = (step?.prerequisites ?? []).filter(isRead).map((url) => articles.get(url)?.title);
  const known = builtOn.find((title): title is string => title !== undefined);
  if (known) return `It builds on “${known}”, which you have read.`;
  if (status.next.index === 0) return `It is where “${status.path.title}” begins.`;
  const before = articles.get(status.path.steps[status.next.index - 1]!);
  return before ? `It follows “${before.title}” in this path.` : `It is the next step of “${status.path.title}”.`;
}

/**
 * "3 of 9 done", "3 of 9 done, 1 skipped" or "Finished". Skipped steps count as done, since
 * the path moves past them, but are named, so the count never claims more reading than History's
 * "steps read" chart shows.
 */
export function doneLabel(status: PathStatus): string {
  const progress = status.finished ? 'Finished' : `${status.done} of ${status.total} done`;
  return status.skipped.length > 0 ? `${progress}, ${status.skipped.length} skipped` : progress;
}

/** "Consensus · step 4 of 9", or "Consensus · finished". */
export function progressLabel(status: PathStatus): string {
  return status.next
    ? `${status.path.title} · step ${status.next.index + 1} of ${status.total}`
    : `${status.path.title} · finished`;
}
