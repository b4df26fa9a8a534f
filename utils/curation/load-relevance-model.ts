/**
 * The relevance model's weights are a file of their own in the package, read the first time a
 * sync classifies or a card explains itself. Thousands of weights would more than double the
 * service worker's script, which the browser parses on every wake: for a badge lookup or a
 * message that never classifies anything.
 */
import { browser } from 'wxt/browser';
import { RelevanceWeightsSchema, type RelevanceWeights } from './relevance-model';

/** Where the build copies public/model/relevance-weights.json, which the trainer writes. */
export const RELEVANCE_WEIGHTS_PATH = '/model/relevance-weights.json';

let loading: Promise<RelevanceWeights> | undefined;

export function loadRelevanceModel(): Promise<RelevanceWeights> {
  // A failed read is not remembered: the next sync tries again.
  loading ??= readModel().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Shown on each feed a sync could not classify: the file ships with the extension. */
export const MODEL_UNREADABLE =
  'Quorum could not read its relevance model, so this feed was left as it was. Reinstalling Quorum restores the file.';

async function readModel(): Promise<RelevanceWeights> {
  const response = await fetch(browser.runtime.getURL(RELEVANCE_WEIGHTS_PATH));
  const body: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
  const parsed = RelevanceWeightsSchema.safeParse(body);
  if (!parsed.success) throw new Error(MODEL_UNREADABLE);
  return parsed.data;
}

/** Unit tests run without the built package: they hand in the same file. */
export function provideRelevanceModel(model: RelevanceWeights): void {
  loading = Promise.resolve(model);
}
