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
 * sentence about its subject ("Raft is a consensus algorithm for…"). When the titles of at
 * least half the items that open with such a sentence name its subject (its first word of
 * three letters or more, past "the", "my", "our"…), the sentence is the series' topic, not
 * boilerplate, and stays in every item. Only an opening sentence (one of the first three, not
 * the last) can be a series' topic: a closing one ("Distributed Notes is a reader-supported
 * publication…") is a footer whatever the titles say, and one post titled "Distributed
 * tracing" must not keep a footer on all. A bio's subject is its author or its opening words
 * ("After twelve years…", "Hi, I'm Priya"), which post titles do not name. A sentence learned
 * earlier is also kept in a new item whose title names its subject.
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
 * "v1.2" are not boundaries, nor the dot after a title ("Dr. Heidi Howard"). A single capital
 * before a stop ends a sentence: "node B." is far commoner here than an author's initial. In
 * Chinese and Japanese a sentence ends at 。！？ with or without a space after.
 */
const SENTENCE_END = new RegExp(
  String.raw`(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|Fig))` +
    String.raw`[.!?\u2026\u00bb]["'\u201d\u2019)\]]*(\s+)(?=["'\u201c\u2018(#[]?[\p{Lu}\p{N}])` +
    String.raw`|[\u3002\uff01\uff1f][\u300d\u300f\uff09"'\u201d]*(\s*)(?=\S)`,
  'gu',
);

export function splitSentences(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of trimmed.matchAll(SENTENCE_END)) {
    const space = match[1] ?? match[2] ?? '';
    const end = match.index + match[0].length - space.length;
    sentences.push(trimmed.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(trimmed.slice(start));
  return sentences;
}

/**
 * What makes two sentences "the same": case, spacing and the parts that change from item to
 * item of one template (links, user names, counts) do not count.
 */
export function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => (token.includes('/') || token.includes('@') ? '<ref>' : token.replace(/\d+/g, '0')))
    .join(' ')
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019+-]*/gu;

/** The first word of a sentence that carries meaning: "Raft" in "Raft is a consensus algorithm". */
function subjectOf(sentence: string): string | undefined {
  const lower = sentence.toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
    if (match[0].length >= 3 && !NOT_A_SUBJECT.has(match[0])) return match[0];
  }
  return undefined;
}

/** A summary split once, each sentence with its key, for learning and stripping alike. */
interface Split {
  title: string;
  sentences: readonly string[];
  keys: readonly string[];
}

function split(item: { title: string; summary: string }): Split {
  const sentences = splitSentences(item.summary);
  return { title: item.title, sentences, keys: sentences.map(sentenceKey) };
}

/** Indexes of the sentences at either end. */
function edgeIndexes(count: number): number[] {
  const indexes = new Set<number>();
  for (let index = 0; index < Math.min(EDGE_SENTENCES, count); index += 1) {
    indexes.add(index);
    indexes.add(count - 1 - index);
  }
  return [...indexes];
}

function namesSubject(title: string, sentence: string): boolean {
  const subject = subjectOf(sentence);
  // A cheap test first: most subjects are nowhere in the title at all.
  return subject !== undefined && title.toLowerCase().includes(subject) && words(title).includes(subject);
}

/**
 * The boilerplate of a feed: sentence keys found at an end of at least MIN_ITEMS items, newest
 * knowledge first, followed by what was learned before (`known`), at most MAX_LEARNED.
 */
export function learnBoilerplate(
  items: readonly { title: string; summary: string }[],
  known: readonly string[] = [],
): string[] {
  return learnFromSplit(items.map(split), known);
}

function learnFromSplit(items: readonly Split[], known: readonly string[]): string[] {
  const counts = new Map<string, number>();
  /** Per opening sentence: how many items open with it, and how many of their titles name its subject. */
  const openings = new Map<string, { items: number; named: number }>();
  for (const item of items) {
    const seen = new Set<string>();
    const count = item.sentences.length;
    for (const index of edgeIndexes(count)) {
      const key = item.keys[index]!;
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      // An opening sentence is among the first three and is not the last: in a short post the
      // last sentence is among the first three too, and a footer there is still a footer.
      if (index >= EDGE_SENTENCES || (count > 1 && index === count - 1)) continue;
      const tally = openings.get(key) ?? { items: 0, named: 0 };
      tally.items += 1;
      if (namesSubject(item.title, item.sentences[index]!)) tally.named += 1;
      openings.set(key, tally);
    }
  }
  /** A series' topic sentence, never boilerplate: half the titles of the items it opens name its subject. */
  const isTopical = (key: string) => {
    const tally = openings.get(key);
    return tally !== undefined && tally.named > 0 && tally.named * 2 >= tally.items;
  };
  const learned = [...counts].filter(([key, count]) => count >= MIN_ITEMS && !isTopical(key)).map(([key]) => key);
  return [...new Set([...learned, ...known])].slice(0, MAX_LEARNED);
}

/**
 * The summary without the feed's boilerplate at either end. Opening sentences whose subject
 * the title names are kept (see above); a sentence in the middle is never removed.
 */
export function stripBoilerplate(item: { title: string; summary: string }, boilerplate: ReadonlySet<string>): string {
  if (boilerplate.size === 0 || item.summary === '') return item.summary;
  return stripSplit(item.summary, split(item), boilerplate);
}

function stripSplit(summary: string, { title, sentences, keys }: Split, boilerplate: ReadonlySet<string>): string {
  let start = 0;
  while (start < sentences.length && boilerplate.has(keys[start]!) && !namesSubject(title, sentences[start]!)) {
    start += 1;
  }
  let end = sentences.length;
  while (end > start && boilerplate.has(keys[end - 1]!)) end -= 1;
  if (start === 0 && end === sentences.length) return summary;
  return sentences.slice(start, end).join(' ');
}

/** Learns from a feed's items and cleans them in one go: what a sync does with each fetch. */
export function removeFeedBoilerplate<T extends { title: string; summary: string }>(
  items: readonly T[],
  known: readonly string[] = [],
): { items: T[]; boilerplate: string[] } {
  // Each summary is split once, for learning and for stripping alike.
  const splits = items.map(split);
  const boilerplate = learnFromSplit(splits, known);
  if (boilerplate.length === 0) return { items: [...items], boilerplate };
  const keys = new Set(boilerplate);
  return {
    items: items.map((item, index) => {
      const summary = item.summary === '' ? '' : stripSplit(item.summary, splits[index]!, keys);
      return summary === item.summary ? item : { ...item, summary };
    }),
    boilerplate,
  };
}
