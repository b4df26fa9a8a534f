/**
 * "Why this pick": a short, honest account of why an article is in Picks, or why it was hidden.
 * Pure: the card hands in the stored article and what only the page knows; nothing is read.
 *
 * Reasons, first that applies:
 *  1. extra reasons another feature supplies (`reasons`), e.g. "On your path “Consensus”: step
 *     3 of 8." (utils/paths/path-reasons.ts), with the article's own signals beside them;
 *  2. a curated article: it is in the starter library;
 *  3. a feed article: its topic and the two or three strongest signals the classifier saw,
 *     taxonomy terms first ("Raft in the title"), else the plain words the model weighs;
 *  4. below the threshold: why it was hidden.
 */
import type { Article } from '../schemas/article';
import type { Topic } from '../schemas/topic';
import { termSignals, type TermSignal } from './classify';
import { PLAIN_MARKER_STEMS, relevanceTokens } from './relevance-features';
import { strongestFeatures, type RelevanceWeights } from './relevance-model';
import { topicLabel } from './topic-labels';

/**
 * A reason that comes from outside the classifier. The extension point for other features:
 * a learning path adds `{ kind: 'path', text: 'On your path “Consensus”: step 3 of 8.' }`.
 */
export interface ExtraReason {
  kind: string;
  text: string;
}

export interface ExplainInput {
  article: Pick<Article, 'title' | 'summary' | 'categories' | 'topics' | 'relevance' | 'curated'>;
  /** The reader's relevance threshold. */
  threshold: number;
  /**
   * The learned model, whose strongest words explain a pick the taxonomy's terms cannot.
   * Undefined when its file could not be read: what needs no model (a path, the curated
   * library, the terms) is still said, and the rest says why it is missing.
   */
  model: RelevanceWeights | undefined;
  reasons?: readonly ExtraReason[];
}

export interface Explanation {
  kind: 'extra' | 'curated' | 'relevant' | 'low-relevance';
  /** One sentence, ready to show. */
  text: string;
  /** The strongest signals, each ready to show ("“raft” in the title"), at most MAX_SIGNALS. */
  signals: string[];
}

const MAX_SIGNALS = 3;
/** Said in place of the words that weighed, when the model that knows them could not be read. */
const MODEL_UNREADABLE_REASON = 'Quorum could not read its relevance model to say which words weighed';
/**
 * The least log-odds a word must add to be named as a reason. The model weighs thousands of
 * words, most by a hair ("recipe" leans a little towards the field for "the leader election
 * recipe"); a reader should only be shown the words that moved the score.
 */
const MIN_WORD_WEIGHT = 0.5;
const FIELD_NAMES: Record<TermSignal['field'], string> = {
  title: 'in the title',
  category: 'in the tags',
  summary: 'in the summary',
};
const CONCEPT_NAMES: Record<string, string> = {
  many: 'talk of many machines',
  failure: 'talk of failures',
  repeat: 'things happening twice or at once',
  agreement: 'talk of agreeing and keeping in step',
  scale: 'talk of scale',
  data: 'data being written and read',
  places: 'talk of regions and data centres',
  copies: 'talk of copies and replicas',
  time: 'talk of clocks and order',
  flow: 'talk of queues and messages',
  split: 'talk of splitting data',
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * A hidden article's relevance beside the threshold, each in whole percent as Options shows
 * the threshold: rounded alone, 0.346 against 0.35 would read "35% is below your 35%".
 */
function belowThreshold(relevance: number, threshold: number): string {
  const shown = Math.min(Math.round(relevance * 100), Math.round(threshold * 100) - 1);
  return `relevance ${Math.max(0, shown)}% is below your ${percent(threshold)}`;
}

function termSignalTexts(signals: readonly TermSignal[]): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const signal of signals) {
    if (seen.has(signal.term)) continue;
    seen.add(signal.term);
    texts.push(`“${signal.term}” ${FIELD_NAMES[signal.field]}`);
    if (texts.length === MAX_SIGNALS) break;
  }
  return texts;
}

/**
 * The model's features name stems ("scal", "crash"); a reader should see the words the post
 * used. The first spelling of each stem in the text, or the stem itself if none is found.
 */
function spellings(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const { word, stem } of relevanceTokens(text)) if (!words.has(stem)) words.set(stem, word);
  return words;
}

/**
 * The fields an aggregator puts in place of a summary ("Article URL: … Comments URL: … Points:
 * 212 # Comments: 87", "submitted by /u/… [link] [comments]") and bare addresses. The model
 * weighs their words, which tell which aggregator a post came from, but they are not the post's
 * words and are never given as a reason for it.
 */
const AGGREGATOR_FIELDS =
  /\b(?:article|comments) url\s*:\s*\S*|\bpoints\s*:\s*\d+|#\s*comments\s*:\s*\d+|\bcomments\s*:\s*https?:\/\/\S+|\bsubmitted by\s+\/?u\/\S+|\[(?:link|comments)\]|\bhttps?:\/\/\S+/giu;

/** The words the learned model weighed most in favour, as a reader would name them. */
function wordSignalTexts(article: ExplainInput['article'], model: RelevanceWeights): string[] {
  const texts: string[] = [];
  let concepts = 0;
  const fields = { t: spellings(article.title), b: spellings(article.summary.replace(AGGREGATOR_FIELDS, ' ')) };
  // Tags are named by the term rules alone: a tag's word has no spelling in the post to quote.
  for (const { feature, weight } of strongestFeatures({ ...article, categories: [] }, model)) {
    if (weight < MIN_WORD_WEIGHT) continue;
    const [field, term = ''] = feature.split(':');
    // Only title and summary features name words; the rest ("x:concepts2") are counts.
    if (field !== 't' && field !== 'b') continue;
    const where = field === 't' ? 'in the title' : 'in the summary';
    const concept = term.startsWith('@') ? CONCEPT_NAMES[term.slice(1)] : undefined;
    if (term.startsWith('@') && !concept) continue;
    const stems = term.split('_');
    // "how we" weighs for a post but is no reason a reader would recognise.
    if (stems.every((stem) => PLAIN_MARKER_STEMS.has(stem))) continue;
    const spelled = stems.map((stem) => fields[field].get(stem));
    // A word seen only in an aggregator's fields is no word of the post.
    if (!concept && spelled.includes(undefined)) continue;
    const words = spelled.join(' ');
    // At most MAX_SIGNALS − 1 situations, so a word of the post itself is quoted when one weighs in.
    if (concept && concepts === MAX_SIGNALS - 1) continue;
    const text = concept ? `${concept} ${where}` : `“${words}” ${where}`;
    if (texts.includes(text)) continue;
    texts.push(text);
    if (concept) concepts += 1;
    if (texts.length === MAX_SIGNALS) break;
  }
  return texts;
}

function topicPhrase(topics: readonly Topic[]): string {
  const labels = topics.slice(0, 2).map(topicLabel);
  return labels.length > 0 ? labels.join(' and ') : 'Distributed systems';
}

export function explainPick({ article, threshold, model, reasons = [] }: ExplainInput): Explanation {
  const own = explainArticle(article, threshold, model);
  const first = reasons[0];
  if (!first) return own;
  // Another feature's reason leads; what the article's own words say stays beside it.
  // A hidden article's own account is a sentence, not signals: it stays, so the reader still
  // learns why the card is not in Picks.
  // So does a curated article's: a path's step is also in the starter library.
  const ownSignals = own.kind === 'low-relevance' || own.kind === 'curated' ? [own.text] : own.signals;
  return {
    kind: 'extra',
    text: first.text,
    signals: [...reasons.slice(1).map((reason) => reason.text), ...ownSignals].slice(0, MAX_SIGNALS),
  };
}

function explainArticle(
  article: ExplainInput['article'],
  threshold: number,
  model: RelevanceWeights | undefined,
): Explanation {
  if (article.curated) {
    return { kind: 'curated', text: 'Curated: in the starter library.', signals: [] };
  }
  const terms = termSignalTexts(termSignals({ ...article, categories: article.categories ?? [] }));
  const needsModel = terms.length === 0;
  const words = !needsModel ? [] : model ? wordSignalTexts(article, model) : [];
  const signals = (terms.length > 0 ? terms : words).slice(0, MAX_SIGNALS);
  const unreadable = needsModel && !model;
  if (article.relevance < threshold) {
    // A post that came with its title alone (or only an aggregator's fields) leaves a few
    // words to judge by, and the model is cautious with them: the reader should know that is
    // why, since marking its feed as all about distributed systems, or "More like this" for
    // the feed's next posts, is the remedy.
    const titleOnly = article.summary.replace(AGGREGATOR_FIELDS, ' ').trim() === '';
    const because = unreadable
      ? MODEL_UNREADABLE_REASON
      : titleOnly
        ? signals.length === 0
          ? 'it came with a title alone, and nothing in it speaks of distributed systems'
          : `it came with a title alone, and too little in it points to distributed systems (only ${signals.join(', ')})`
        : signals.length === 0
          ? 'nothing in its title or summary speaks of distributed systems'
          : `too little points to distributed systems (only ${signals.join(', ')})`;
    return {
      kind: 'low-relevance',
      text: `Hidden from Picks: ${belowThreshold(article.relevance, threshold)}; ${because}.`,
      signals: [],
    };
  }
  return {
    kind: 'relevant',
    text: `${topicPhrase(article.topics)}: relevance ${percent(article.relevance)}${unreadable ? `; ${MODEL_UNREADABLE_REASON}` : ''}.`,
    signals,
  };
}
