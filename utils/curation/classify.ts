/**
 * Topic and relevance classifier: weighted term matching against the taxonomy.
 *
 * Evidence for a topic is the sum of its matched terms, each weighted by strength (strong or
 * weak) and by where it was found (title and categories say what a post is about; a summary
 * mentions things in passing). Every sum is damped so that no pile of repeats or of loosely
 * related words can outweigh a few clear signals, and relevance squashes the total into [0, 1).
 */
import type { Topic } from '../schemas/topic';
import { termModelRelevance, type RelevanceWeights } from './relevance-model';
import { OFF_TOPIC_MARKERS, TOPIC_IDS, TOPICS } from './taxonomy';

export interface ClassifyInput {
  title: string;
  summary: string;
  categories: string[];
}

export interface Classification {
  /** Best first, at most MAX_TOPICS. */
  topics: Topic[];
  /** In [0, 1]; below DEFAULT_RELEVANCE_THRESHOLD an article is hidden by default. */
  relevance: number;
}

export { DEFAULT_RELEVANCE_THRESHOLD } from './threshold';

const STRONG_WEIGHT = 1;
const WEAK_WEIGHT = 0.3;
const TITLE_WEIGHT = 1;
const CATEGORY_WEIGHT = 0.8;
const SUMMARY_WEIGHT = 0.55;
/** Each repeat of a term adds a quarter, up to half again: repetition is emphasis, not news. */
const REPEAT_BONUS = 0.25;
const MAX_REPEAT_FACTOR = 1.5;
/**
 * The n-th distinct term of a topic counts TERM_DECAY^n, the n-th topic of an article
 * TOPIC_DECAY^n: both sums stay bounded, and a post that grazes many topics with stray words
 * gains far less than one that is squarely about one.
 */
const TERM_DECAY = 0.6;
const TOPIC_DECAY = 0.5;
/**
 * relevance = 1 − exp(−RATE · evidence). At 0.7 one strong term in the title (evidence 1)
 * gives 0.50 and clears the threshold; one weak word (0.3) gives 0.19 and does not, nor does
 * a strong term mentioned only in the summary (0.32): that one needs a second signal.
 */
const RELEVANCE_RATE = 0.7;
/** A post whose title or categories place it elsewhere (CSS, careers, ML) keeps this share. */
const OFF_TOPIC_DISCOUNT = 0.5;
const MAX_TOPICS = 3;
/** A topic is named only on evidence of at least a weak word in the title... */
const TOPIC_MIN_SCORE = 0.3;
/** ...and only when it is not a sideshow next to the main topic. */
const TOPIC_MIN_SHARE = 0.4;

interface TermTarget {
  topic: number;
  weight: number;
}

/** Hyphens and runs of spaces are the same separator, so "two phase commit" finds "two-phase commit". */
function termKey(term: string): string {
  return term
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function buildTerms(): Map<string, TermTarget[]> {
  const terms = new Map<string, TermTarget[]>();
  const add = (term: string, topic: number, weight: number) => {
    const key = termKey(term);
    const targets = terms.get(key) ?? [];
    const same = targets.find((target) => target.topic === topic);
    if (same) same.weight = Math.max(same.weight, weight);
    else targets.push({ topic, weight });
    terms.set(key, targets);
  };
  TOPIC_IDS.forEach((id, topic) => {
    for (const term of TOPICS[id].strong) add(term, topic, STRONG_WEIGHT);
    for (const term of TOPICS[id].weak) add(term, topic, WEAK_WEIGHT);
  });
  // An excluded phrase still has to match, so that it swallows the term inside it; it just
  // carries no weight. A phrase that is also some topic's term stays that term.
  for (const id of TOPIC_IDS) {
    for (const phrase of TOPICS[id].exclude ?? []) {
      const key = termKey(phrase);
      if (!terms.has(key)) terms.set(key, []);
    }
  }
  return terms;
}

const TERMS = buildTerms();

/** Categories are often tags written as one word ("systemdesign", "distributed-systems"). */
const TERMS_BY_SQUASHED_KEY = new Map([...TERMS].map(([key, targets]) => [key.replace(/ /g, ''), targets]));

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The alternation is written as a trie ("cach(?:e(?:…)?|ing)"), so the engine branches on
 * the next character instead of trying hundreds of terms at every position of the text.
 */
function trieSource(node: TrieNode): string {
  const branches = [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([unit, child]) => (unit === ' ' ? String.raw`[\s-]+` : escapeRegExp(unit)) + trieSource(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0] : `(?:${branches.join('|')})`;
  // Optional and greedy: the longer term is tried first, the shorter one is the fallback.
  return node.end ? `${group}?` : (group ?? '');
}

/**
 * One pass finds every term. At any position the longest term wins: "network partition" is
 * fault tolerance, not partitioning, and an excluded phrase swallows the term inside it. A
 * term must not touch a letter or digit on either side, nor a dot followed by one
 * ("index.html", "node.js"), which keeps "log" out of "blog" and "index" out of file names;
 * a trailing "s" or "es" is allowed for plurals.
 */
function compileMatcher(keys: Iterable<string>): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const unit of key) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}_]|[\p{L}\p{N}]\.)(${trieSource(root)})(?:e?s)?(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])`,
    'gu',
  );
}

const MATCHER = compileMatcher(TERMS.keys());

const OFF_TOPIC_KEYS = new Set(OFF_TOPIC_MARKERS.map(termKey));
const OFF_TOPIC_SQUASHED_KEYS = new Set([...OFF_TOPIC_KEYS].map((key) => key.replace(/ /g, '')));
/** Markers are matched on their own, so a marker inside a term's span ("CSS architecture") still counts. */
const OFF_TOPIC_MATCHER = compileMatcher(OFF_TOPIC_KEYS);

interface TermHit {
  targets: TermTarget[];
  /** The best place the term was seen: repeats elsewhere add emphasis, not a second weight. */
  fieldWeight: number;
  count: number;
}

/** Keyed by a term's target list, which all spellings of the term share. */
type Hits = Map<TermTarget[], TermHit>;

function record(hits: Hits, targets: TermTarget[], fieldWeight: number): void {
  if (targets.length === 0) return;
  const hit = hits.get(targets);
  if (hit) {
    hit.fieldWeight = Math.max(hit.fieldWeight, fieldWeight);
    hit.count += 1;
  } else {
    hits.set(targets, { targets, fieldWeight, count: 1 });
  }
}

function normaliseText(text: string): string {
  // Typographic apostrophes and dashes are common in feed text and would split terms.
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-');
}

function mentionsOffTopic(text: string): boolean {
  if (text === '') return false;
  OFF_TOPIC_MATCHER.lastIndex = 0;
  return OFF_TOPIC_MATCHER.test(normaliseText(text));
}

function scan(hits: Hits, text: string, fieldWeight: number): void {
  if (text === '') return;
  const normalised = normaliseText(text);
  MATCHER.lastIndex = 0;
  for (let match = MATCHER.exec(normalised); match !== null; match = MATCHER.exec(normalised)) {
    const targets = TERMS.get(termKey(match[1] ?? ''));
    if (targets) record(hits, targets, fieldWeight);
  }
}

function dampedSum(values: number[], decay: number): number {
  values.sort((a, b) => b - a);
  let sum = 0;
  let factor = 1;
  for (const value of values) {
    sum += value * factor;
    factor *= decay;
  }
  return sum;
}

/**
 * The term rules alone: topics, and a relevance from the taxonomy's weighted terms. The
 * learned model (classifyArticle) takes this relevance as one of its inputs.
 */
export function classifyByTerms(input: ClassifyInput): Classification {
  const hits: Hits = new Map();
  scan(hits, input.title, TITLE_WEIGHT);
  // Only the title and the categories say what a post is about; a summary may name CSS or
  // hiring in passing.
  let offTopic = mentionsOffTopic(input.title);
  for (const category of input.categories) {
    const squashed = normaliseText(category).replace(/[\s_-]+/g, '');
    const targets =
      TERMS_BY_SQUASHED_KEY.get(squashed) ??
      TERMS_BY_SQUASHED_KEY.get(squashed.replace(/s$/, '')) ??
      TERMS_BY_SQUASHED_KEY.get(squashed.replace(/es$/, ''));
    if (targets) record(hits, targets, CATEGORY_WEIGHT);
    else scan(hits, category, CATEGORY_WEIGHT);
    offTopic ||= OFF_TOPIC_SQUASHED_KEYS.has(squashed) || mentionsOffTopic(category);
  }
  scan(hits, input.summary, SUMMARY_WEIGHT);

  const perTopic: number[][] = TOPIC_IDS.map(() => []);
  for (const hit of hits.values()) {
    const repeat = Math.min(MAX_REPEAT_FACTOR, 1 + REPEAT_BONUS * (hit.count - 1));
    for (const target of hit.targets) perTopic[target.topic]?.push(target.weight * hit.fieldWeight * repeat);
  }
  const scores = perTopic.map((values) => dampedSum(values, TERM_DECAY));

  const evidence = dampedSum([...scores], TOPIC_DECAY) * (offTopic ? OFF_TOPIC_DISCOUNT : 1);
  const relevance = 1 - Math.exp(-RELEVANCE_RATE * evidence);

  const best = Math.max(...scores);
  const floor = Math.max(TOPIC_MIN_SCORE, TOPIC_MIN_SHARE * best);
  const topics = TOPIC_IDS.map((id, index) => ({ id, index, score: scores[index] ?? 0 }))
    .filter(({ score }) => score >= floor)
    // Ties go to taxonomy order, so the result never depends on the order of the hits.
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_TOPICS)
    .map(({ id }) => id);

  return { topics, relevance };
}

/**
 * Topics from the term rules; relevance from a linear model over the rules' evidence and the
 * post's words and word pairs (utils/curation/relevance-model.ts), which has learned what the
 * rules alone cannot see: a post about retries that never says "fault tolerance", a bio that
 * says "distributed systems" above a post about fonts.
 */
export function classifyArticle(input: ClassifyInput, model: RelevanceWeights): Classification {
  const byTerms = classifyByTerms(input);
  return { topics: byTerms.topics, relevance: termModelRelevance(input, byTerms.relevance, model) };
}

/** A term the rules found, for explanations: where it was seen and which topics it speaks for. */
export interface TermSignal {
  /** As written in the taxonomy's terms, lower case. */
  term: string;
  field: 'title' | 'category' | 'summary';
  topics: Topic[];
  weight: number;
}

/** The taxonomy terms in a post, strongest first (field weight × term weight). */
export function termSignals(input: ClassifyInput): TermSignal[] {
  const found = new Map<string, TermSignal>();
  const collect = (text: string, field: TermSignal['field'], fieldWeight: number) => {
    if (text === '') return;
    const normalised = normaliseText(text);
    MATCHER.lastIndex = 0;
    for (let match = MATCHER.exec(normalised); match !== null; match = MATCHER.exec(normalised)) {
      const term = termKey(match[1] ?? '');
      const targets = TERMS.get(term);
      if (!targets || targets.length === 0) continue;
      const weight = fieldWeight * Math.max(...targets.map((target) => target.weight));
      const prior = found.get(term);
      if (prior && prior.weight >= weight) continue;
      found.set(term, { term, field, topics: targets.map((target) => TOPIC_IDS[target.topic]!), weight });
    }
  };
  collect(input.title, 'title', TITLE_WEIGHT);
  for (const category of input.categories) collect(category, 'category', CATEGORY_WEIGHT);
  collect(input.summary, 'summary', SUMMARY_WEIGHT);
  return [...found.values()].sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
}
