// Learns the relevance model's weights from the tuning half of the labelled set and writes
// them to utils/curation/relevance-weights.json. Run with `node scripts/train-relevance.mjs`.
//
// A logistic regression over the term rules' evidence and the words and word pairs of each
// post (after the post's feed boilerplate is removed, as a sync does). The regularisation is
// chosen by cross-validation within the tuning half. The held-out half is never read here:
// tests/unit/utils/curation/classify.test.ts reports it.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { loadLabelledSet, splitLabelledSet } = await jiti.import(resolve(root, 'tests/support/labelled-set.ts'));
const { cleanLabelledItems } = await jiti.import(resolve(root, 'tests/support/clean-labelled.ts'));
const { classifyByTerms } = await jiti.import(resolve(root, 'utils/curation/classify.ts'));
const { relevanceFeatures } = await jiti.import(resolve(root, 'utils/curation/relevance-features.ts'));
const { DEFAULT_RELEVANCE_THRESHOLD } = await jiti.import(resolve(root, 'utils/curation/threshold.ts'));

const EVIDENCE_CAP = 6;
const EPOCHS = 800;
const LEARNING_RATE = 0.5;
const LAMBDAS = [0.0001, 0.0003, 0.001, 0.003, 0.01];
const FOLDS = 5;
/** Weights smaller than this change no decision and would only bloat the file. */
const KEEP_ABOVE = 0.01;
/** A feature seen in fewer tuning posts than this is noise, not a signal. */
const MIN_DOCUMENTS = 2;

const { termEvidence } = await jiti.import(resolve(root, 'utils/curation/relevance-model.ts'));
const evidenceOf = (item) => [termEvidence(classifyByTerms(item).relevance, EVIDENCE_CAP)];
const E = 1;

const set = loadLabelledSet();
const { tuning } = splitLabelledSet(set);
const examples = [
  ...cleanLabelledItems(set, tuning).map((item) => ({ ...item, scored: true })),
  // The first set trains but is not scored: the term rules were written against it, so it
  // would flatter every cross-validated figure.
  ...set.earlier.map((item) => ({ ...item, scored: false })),
].map((item) => ({
  scored: item.scored,
  features: relevanceFeatures(item),
  evidence: evidenceOf(item),
  label: item.relevant ? 1 : 0,
  key: item.url ?? item.title,
  title: item.title,
}));

const documentCounts = new Map();
for (const example of examples) {
  for (const feature of example.features) documentCounts.set(feature, (documentCounts.get(feature) ?? 0) + 1);
}
const vocabulary = [...documentCounts].filter(([, count]) => count >= MIN_DOCUMENTS).map(([feature]) => feature);
const index = new Map(vocabulary.map((feature, position) => [feature, position]));
const encoded = examples.map((example) => ({
  ...example,
  ids: example.features.map((feature) => index.get(feature)).filter((id) => id !== undefined),
}));

/**
 * Words are many and each is rare: they are held back harder than the few concepts, which
 * every post shares and which carry what the model should learn to generalise.
 */
const CONCEPT_SHRINK = Number(process.env.CONCEPT_SHRINK ?? 0.1);
const shrink = vocabulary.map((feature) => (feature.includes(':@') || feature.startsWith('x:') ? CONCEPT_SHRINK : 1));

/** Full-batch gradient descent with AdaGrad steps: deterministic, and fast enough for a few hundred posts. */
function train(rows, lambda) {
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  const evidenceWeight = new Float64Array(E);
  const squares = new Float64Array(vocabulary.length + 1 + E).fill(1e-8);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    const evidenceGradient = new Float64Array(E);
    for (const row of rows) {
      let logit = bias;
      for (let e = 0; e < E; e += 1) logit += evidenceWeight[e] * row.evidence[e];
      for (const id of row.ids) logit += weights[id];
      const error = 1 / (1 + Math.exp(-logit)) - row.label;
      biasGradient += error;
      for (let e = 0; e < E; e += 1) evidenceGradient[e] += error * row.evidence[e];
      for (const id of row.ids) gradient[id] += error;
    }
    const step = (gradientValue, slot) => {
      squares[slot] += gradientValue * gradientValue;
      return (LEARNING_RATE * gradientValue) / Math.sqrt(squares[slot]);
    };
    for (let id = 0; id < vocabulary.length; id += 1) {
      weights[id] -= step(gradient[id] / rows.length + lambda * shrink[id] * weights[id], id);
    }
    bias -= step(biasGradient / rows.length, vocabulary.length);
    for (let e = 0; e < E; e += 1)
      evidenceWeight[e] -= step(evidenceGradient[e] / rows.length, vocabulary.length + 1 + e);
  }
  return { weights, bias, evidenceWeight };
}

function predict(model, row) {
  let logit = model.bias;
  for (let e = 0; e < E; e += 1) logit += model.evidenceWeight[e] * row.evidence[e];
  for (const id of row.ids) logit += model.weights[id];
  return 1 / (1 + Math.exp(-logit));
}

function score(pairs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { predicted, label } of pairs) {
    if (predicted && label) tp += 1;
    if (predicted && !label) fp += 1;
    if (!predicted && label) fn += 1;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

function logit(probability) {
  return Math.log(probability / (1 - probability));
}

function fold(key) {
  let hash = 7;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash % FOLDS;
}

/**
 * The model is trained for even odds; the cut that the default threshold should stand for is
 * chosen here, from cross-validation: the lowest that keeps precision at PRECISION_GOAL (a
 * wrong pick costs a reader's trust more than a missed one), then folded into the bias.
 */
const PRECISION_GOAL = 0.96;
const CUTS = Array.from({ length: 23 }, (_, step) => 0.3 + step * 0.025);

let best;
for (const lambda of LAMBDAS) {
  const pairs = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const model = train(
      encoded.filter((row) => fold(row.key) !== k),
      lambda,
    );
    for (const row of encoded.filter((candidate) => candidate.scored && fold(candidate.key) === k)) {
      pairs.push({ label: row.label === 1, probability: predict(model, row), row });
    }
  }
  const atCut = (cut) => score(pairs.map((pair) => ({ ...pair, predicted: pair.probability >= cut })));
  const cut = CUTS.find((candidate) => atCut(candidate).precision >= PRECISION_GOAL) ?? CUTS[CUTS.length - 1];
  const { precision, recall } = atCut(cut);
  console.log(
    `lambda ${lambda}: cut ${cut.toFixed(3)}, cross-validated precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`,
  );
  if (!best || recall > best.recall) {
    best = { lambda, cut, recall, pairs: pairs.map((pair) => ({ ...pair, predicted: pair.probability >= cut })) };
  }
}

// `--errors` lists the tuning posts the cross-validated model gets wrong: what to look at
// when changing the terms or the features.
if (process.argv.includes('--errors')) {
  for (const { predicted, label, probability, row } of best.pairs) {
    if (predicted !== label) {
      console.log(`${label ? 'missed' : 'false positive'} ${probability.toFixed(2)} ${row.title}`);
    }
  }
}

const model = train(encoded, best.lambda);
const features = {};
vocabulary
  .map((feature, id) => [feature, model.weights[id]])
  .filter(([, weight]) => Math.abs(weight) >= KEEP_ABOVE)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .forEach(([feature, weight]) => (features[feature] = Math.round(weight * 1000) / 1000));
const output = {
  format: 'quorum-relevance-weights',
  version: 1,
  bias: Math.round((model.bias + logit(DEFAULT_RELEVANCE_THRESHOLD) - logit(best.cut)) * 1000) / 1000,
  termEvidence: Math.round(model.evidenceWeight[0] * 1000) / 1000,
  evidenceCap: EVIDENCE_CAP,
  features,
};
const path = resolve(root, 'utils/curation/relevance-weights.json');
writeFileSync(path, `${JSON.stringify(output, null, 2)}\n`);
console.log(
  `lambda ${best.lambda}: ${encoded.length} posts, ${Object.keys(features).length} of ${vocabulary.length} features kept, wrote ${path}`,
);
