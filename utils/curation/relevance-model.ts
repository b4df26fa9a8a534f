/**
 * The learned part of relevance: a logistic model whose inputs are the term rules' evidence
 * and the words and word pairs of a post (relevance-features.ts). Its weights are plain data in
 * public/model/relevance-weights.json, written by `node scripts/train-relevance.mjs` from the tuning half of
 * the labelled set (tests/fixtures/classifier/labelled.json) and the written examples beside it;
 * a test checks the file's shape and the model's precision and recall on the held-out half. The
 * extension reads the file when it first needs it (load-relevance-model.ts).
 */
import { z } from '../schemas/zod';
import { relevanceFeatures } from './relevance-features';

type ClassifyInput = { title: string; summary: string; categories: readonly string[] };

export const RelevanceWeightsSchema = z.object({
  format: z.literal('quorum-relevance-weights'),
  version: z.literal(1),
  /** The log-odds of a post with no evidence and no known word. */
  bias: z.number(),
  /** Log-odds per unit of the term rules' evidence, −ln(1 − rule relevance), capped. */
  termEvidence: z.number(),
  evidenceCap: z.number().check(z.positive()),
  /** Feature → log-odds it adds. Absent features add nothing. */
  features: z.record(z.string(), z.number()),
});
export type RelevanceWeights = z.infer<typeof RelevanceWeightsSchema>;

/** The rules' relevance back as the evidence it came from: 1 − e^(−k·evidence) is monotone. */
export function termEvidence(ruleRelevance: number, cap: number): number {
  return Math.min(cap, -Math.log(Math.max(1e-9, 1 - ruleRelevance)));
}

export function modelLogit(input: ClassifyInput, ruleRelevance: number, model: RelevanceWeights): number {
  let logit = model.bias + model.termEvidence * termEvidence(ruleRelevance, model.evidenceCap);
  for (const feature of relevanceFeatures(input)) logit += model.features[feature] ?? 0;
  return logit;
}

export function termModelRelevance(input: ClassifyInput, ruleRelevance: number, model: RelevanceWeights): number {
  return 1 / (1 + Math.exp(-modelLogit(input, ruleRelevance, model)));
}

/** The words that pushed a post's relevance most, either way: for "why this pick". */
export function strongestFeatures(
  input: { title: string; summary: string; categories: readonly string[] },
  model: RelevanceWeights,
): { feature: string; weight: number }[] {
  return relevanceFeatures(input)
    .map((feature) => ({ feature, weight: model.features[feature] ?? 0 }))
    .filter(({ weight }) => weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1));
}
