/**
 * Text a feed repeats across its items: author bios ("After twelve years building distributed
 * systems, I write about…"), "Originally published at…", newsletter footers, aggregator
 * stubs ("Article URL: … Points: 12 # Comments: 3"). Left in, a bio full of the field's words
 * makes every post of its author look relevant, and every card repeats it.
 *
 * Learned per feed from the items at hand: an opening or closing sentence is boilerplate once
 * two or more items of the feed carry it, never when only one does. What was learned is kept
 * with the feed, so a later fetch with a single new item is still cleaned.
 *
 * The one case that looks the same but is not: a series whose every post opens with the same
 * sentence about its subject ("Raft is a consensus algorithm for…"). When the title of any
 * item that carries such a sentence names its subject (its first word of three letters or
 * more, past "the", "my", "our"…), the sentence is the series' topic, not boilerplate, and
 * stays in every item. A bio's subject is its author or its opening words ("After twelve
 * years…", "Hi, I'm Priya"), which post titles do not name. A sentence learned earlier is
 * also kept in a new item whose title names its subject.
 */

/** How many sentences at each end of an item are looked at. */
const EDGE_SENTENCES = 3;
/** An opening or closing sentence shared by at least this many items is boilerplate. */
const MIN_ITEMS = 2;
/** Kept with the feed: enough for a bio, a footer and a stub, and bounded. */
export const MAX_LEARNED = 24;
export const MAX_KEY_LENGTH = 300;

/**
 * A sentence ends at . ! ? … or » before a space and what starts a sentence; "e.g. the" and
 * "v1.2" are not boundaries.
 */
const SENTENCE_BREAK = /(?<=[.!?\u2026\u00bb]["'\u201d\u2019)\]]*)\s+(?=["'\u201c\u2018(#[]?[\p{Lu}\p{N}])/u;

export function splitSentences(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(SENTENCE_BREAK).filter((sentence) => sentence !== '');
}

/**
 * What makes two sentences "the same": case, spacing and the parts that change from item to
 * item of one template (links, user names, counts) do not count.
 */
export function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/\S*[/@]\S*/g, '<ref>')
    .replace(/\d+/g, '0')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_KEY_LENGTH);
}

/** Words that never name what a sentence is about. */
const NOT_A_SUBJECT = new Set([
  'the',
  'this',
  'that',
  'these',
  'our',
  'my',
  'its',
  'his',
  'her',
  'their',
  'you',
  'your',
  "i'm",
  'i\u2019m',
]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019+-]*/gu) ?? [];
}

/** The first word of a sentence that carries meaning: "Raft" in "Raft is a consensus algorithm". */
function subjectOf(sentence: string): string | undefined {
  return words(sentence).find((word) => word.length >= 3 && !NOT_A_SUBJECT.has(word));
}

function edgeSentences(summary: string): string[] {
  const sentences = splitSentences(summary);
  return [...new Set([...sentences.slice(0, EDGE_SENTENCES), ...sentences.slice(-EDGE_SENTENCES)])];
}

function namesSubject(title: string, sentence: string): boolean {
  const subject = subjectOf(sentence);
  return subject !== undefined && words(title).includes(subject);
}

/**
 * The boilerplate of a feed: sentence keys found at an end of at least MIN_ITEMS items, newest
 * knowledge first, followed by what was learned before (`known`), at most MAX_LEARNED.
 */
export function learnBoilerplate(
  items: readonly { title: string; summary: string }[],
  known: readonly string[] = [],
): string[] {
  const counts = new Map<string, number>();
  /** Sentences some item's title names the subject of: a series' topic sentence, never boilerplate. */
  const topical = new Set<string>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const sentence of edgeSentences(item.summary)) {
      const key = sentenceKey(sentence);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (namesSubject(item.title, sentence)) topical.add(key);
    }
  }
  const learned = [...counts].filter(([key, count]) => count >= MIN_ITEMS && !topical.has(key)).map(([key]) => key);
  return [...new Set([...learned, ...known])].slice(0, MAX_LEARNED);
}

/**
 * The summary without the feed's boilerplate at either end. Opening sentences whose subject
 * the title names are kept (see above); a sentence in the middle is never removed.
 */
export function stripBoilerplate(item: { title: string; summary: string }, boilerplate: ReadonlySet<string>): string {
  if (boilerplate.size === 0 || item.summary === '') return item.summary;
  const sentences = splitSentences(item.summary);
  const isSubject = (sentence: string) => namesSubject(item.title, sentence);
  let start = 0;
  while (start < sentences.length && boilerplate.has(sentenceKey(sentences[start]!)) && !isSubject(sentences[start]!)) {
    start += 1;
  }
  let end = sentences.length;
  while (end > start && boilerplate.has(sentenceKey(sentences[end - 1]!))) end -= 1;
  if (start === 0 && end === sentences.length) return item.summary;
  return sentences.slice(start, end).join(' ');
}

/** Learns from a feed's items and cleans them in one go: what a sync does with each fetch. */
export function removeFeedBoilerplate<T extends { title: string; summary: string }>(
  items: readonly T[],
  known: readonly string[] = [],
): { items: T[]; boilerplate: string[] } {
  const boilerplate = learnBoilerplate(items, known);
  const keys = new Set(boilerplate);
  return {
    items: items.map((item) => {
      const summary = stripBoilerplate(item, keys);
      return summary === item.summary ? item : { ...item, summary };
    }),
    boilerplate,
  };
}
