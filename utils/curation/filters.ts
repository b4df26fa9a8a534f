import { z } from '../schemas/zod';
import { LevelSchema } from '../schemas/article';
import { TopicSchema } from '../schemas/topic';

export const VIEWS = ['picks', 'saved', 'history', 'dismissed', 'paths'] as const;

/** What the new tab shows; kept in the URL hash so a reload (or a bookmark) keeps it. */
export const ViewStateSchema = z.object({
  view: z.enum(VIEWS),
  topic: z.optional(TopicSchema),
  source: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  level: z.optional(LevelSchema),
  showRead: z.boolean(),
  showLowRelevance: z.boolean(),
});
export type ViewState = z.infer<typeof ViewStateSchema>;

export const DEFAULT_VIEW: ViewState = { view: 'picks', showRead: false, showLowRelevance: false };

/** Reads "#view=saved&topic=consensus&read=1"; anything unknown or invalid is ignored. */
export function viewFromHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const candidate = {
    view: params.get('view') ?? DEFAULT_VIEW.view,
    topic: params.get('topic') ?? undefined,
    source: params.get('source') ?? undefined,
    level: params.get('level') ?? undefined,
    showRead: params.get('read') === '1',
    showLowRelevance: params.get('low') === '1',
  };
  const result: ViewState = { ...DEFAULT_VIEW };
  for (const key of Object.keys(ViewStateSchema.shape) as (keyof ViewState)[]) {
    const parsed = ViewStateSchema.shape[key].safeParse(candidate[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}

export function hashFromView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== 'picks') params.set('view', state.view);
  if (state.topic) params.set('topic', state.topic);
  if (state.source) params.set('source', state.source);
  if (state.level) params.set('level', state.level);
  if (state.showRead) params.set('read', '1');
  if (state.showLowRelevance) params.set('low', '1');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * A change that clears every filter and keeps the view. Each filter is named, as undefined:
 * a change is merged into the current state, so a filter left out would stay set.
 */
export function withoutFilters(state: ViewState): ViewState {
  return {
    view: state.view,
    topic: undefined,
    source: undefined,
    level: undefined,
    showRead: false,
    showLowRelevance: false,
  };
}

/** True when any filter narrows or widens the default picks. */
export function hasFilters(state: ViewState): boolean {
  return Boolean(state.topic || state.source || state.level || state.showRead || state.showLowRelevance);
}
