import { z } from '../schemas/zod';
import { TopicSchema } from '../schemas/topic';

export const VIEWS = ['picks', 'saved', 'history'] as const;

/** What the new tab shows; kept in the URL hash so a reload (or a bookmark) keeps it. */
export const ViewStateSchema = z.object({
  view: z.enum(VIEWS),
  topic: TopicSchema.optional(),
  source: z.string().min(1).max(200).optional(),
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
  if (state.showRead) params.set('read', '1');
  if (state.showLowRelevance) params.set('low', '1');
  const text = params.toString();
  return text ? `#${text}` : '';
}
