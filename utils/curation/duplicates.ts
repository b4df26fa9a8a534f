/**
 * One story, one card. The same post often reaches Quorum under two URLs: syndicated on a
 * second site, linked from a newsletter, re-posted by an aggregator. Articles whose titles
 * match after normalisation and whose dates lie within DUPLICATE_WINDOW_MS are one story; the
 * earliest is the original, and the others are listed as "also on …".
 *
 * Only a specific title may merge: "Weekly update" or "Release notes" name a kind of post, not
 * a post. A title is specific when it keeps at least MIN_SPECIFIC_WORDS words after dropping
 * the words that are frequent in titles of every feed (GENERIC_TITLE_WORDS) and bare numbers,
 * and is at least MIN_SPECIFIC_LENGTH characters long. Chinese and Japanese write no spaces
 * and say in one character what takes a few letters elsewhere: there every two Han characters
 * or one run of katakana count as a word, and each character counts twice towards the length,
 * as a Korean one does. Thai, Lao, Khmer and Burmese write no spaces either, with letters: there
 * every LETTERS_PER_UNSPACED_WORD letters (vowel signs and tone marks aside) count as a word.
 * Post kinds are known as Chinese, Japanese and Thai titles write them (GENERIC_UNSPACED). A
 * run of other letters inside such a title ("Raft" in "…中的Raft共识…") is a word of its own.
 */

export const DUPLICATE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
export const MIN_SPECIFIC_WORDS = 3;
export const MIN_SPECIFIC_LENGTH = 20;

/** The most frequent words of post titles across feeds: function words and the names of post kinds. */
const GENERIC_TITLE_WORDS = new Set(
  (
    'a an the and or of to in on at by for from with about as is are was be this that these our my your we you ' +
    'it its how why what when which who new weekly week monthly month daily year yearly annual update updates ' +
    'release releases released notes note changelog newsletter issue edition digest roundup round up news links ' +
    'link recap review summary part episode ep vol volume number no show ask hn launch announcing introducing ' +
    'today quarterly q1 q2 q3 q4 thoughts random things stuff misc miscellaneous status report reading list ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/**
 * Lower case, punctuation and spacing folded, so "Raft: Part 2!" and "raft – part 2" match.
 * Latin accents fold ("café" is "cafe"); other scripts' marks are letters' own parts (バ is
 * not パ, a Devanagari vowel sign is not a space), so they are composed back and kept. A mark
 * on no letter (an emoji's presentation selector, a keycap) is dropped with its emoji.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/(?<![\p{L}\p{M}])\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** Han characters and kana, as a character class's contents: written without spaces. */
const CJK_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** The alphabets of South-East Asia, which write no spaces between words either. */
const SEA_SCRIPTS = String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
/** About how many letters a Thai, Lao, Khmer or Burmese word has, written without spaces. */
const LETTERS_PER_UNSPACED_WORD = 4;
const UNSPACED_LETTER = new RegExp(`(?=\\p{L})[${SEA_SCRIPTS}]`, 'gu');
const UNSPACED_CHARACTER = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
/** Scripts that say in one character what takes a few letters elsewhere: Korean is spaced, but as dense. */
const DENSE = new RegExp(`[${CJK_SCRIPTS}\\p{Script=Hangul}]`, 'gu');
const HAN = /\p{Script=Han}/gu;
/** Everything written without spaces, and marks; what is left of such a word is other scripts' runs. */
const UNSPACED_OR_MARK = new RegExp(`[${CJK_SCRIPTS}\\u30fc${SEA_SCRIPTS}\\p{M}]`, 'gu');
const SPACED_RUN = /[\p{L}\p{N}]+/gu;
const KATAKANA_RUN = /[\p{Script=Katakana}\u30fc]+/gu;
/**
 * The post kinds and dates of GENERIC_TITLE_WORDS as Chinese and Japanese titles write them,
 * inside unspaced words: "分布式系统每日新闻汇总" is a daily news roundup, not a post.
 */
const GENERIC_UNSPACED = new RegExp(
  [
    ...'每日 每周 每月 每年 日报 周报 月报 周刊 週刊 月刊 年度 新闻 资讯 汇总 合集 摘要 精选 更新 发布 公告 版本 说明 笔记 第 期 篇 今日 本周 本月'.split(
      ' ',
    ),
    ...'ニュース まとめ 今週 今月 毎日 毎週 毎月 リリース アップデート お知らせ 更新情報 号 回 週間 月間 ノート'.split(
      ' ',
    ),
    // Thai: news, weekly, monthly, daily, summary, update, issue no., episode no., notes,
    // announcement, version. Only whole kinds: ตอน alone is also inside ขั้นตอน (steps).
    ...'ข่าว ประจำสัปดาห์ รายสัปดาห์ ประจำเดือน รายเดือน ประจำวัน สรุป อัปเดต อัพเดท ฉบับที่ ตอนที่ บันทึก ประกาศ เวอร์ชัน'.split(' '),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

export function isSpecificTitle(title: string): boolean {
  const normalised = normaliseTitle(title);
  const dense = normalised.match(DENSE)?.length ?? 0;
  if (normalised.length + dense < MIN_SPECIFIC_LENGTH) return false;
  let specific = 0;
  for (const word of normalised.split(' ')) {
    if (GENERIC_TITLE_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const unspacedLetters = word.match(UNSPACED_LETTER)?.length ?? 0;
    if (!UNSPACED_CHARACTER.test(word) && unspacedLetters === 0) {
      specific += 1;
      continue;
    }
    // Two Han characters make about a word; a run of katakana spells one word out; so do a few
    // Thai letters.
    const rest = word.replace(GENERIC_UNSPACED, ' ');
    specific +=
      Math.floor((rest.match(HAN)?.length ?? 0) / 2) +
      (rest.match(KATAKANA_RUN)?.length ?? 0) +
      Math.floor((rest.match(UNSPACED_LETTER)?.length ?? 0) / LETTERS_PER_UNSPACED_WORD) +
      (rest.replace(UNSPACED_OR_MARK, ' ').match(SPACED_RUN) ?? []).filter((run) => !/^\d+$/.test(run)).length;
  }
  return specific >= MIN_SPECIFIC_WORDS;
}

export interface DuplicateCandidate {
  url: string;
  title: string;
  curated: boolean;
  publishedAt?: number | undefined;
  firstSeenAt: number;
}

const dateOf = (item: DuplicateCandidate) => item.publishedAt ?? item.firstSeenAt;

/**
 * Groups of one story, each original first, in the order of each group's first appearance in
 * `items`. An item with a generic title is always a group of its own.
 */
export function groupDuplicates<T extends DuplicateCandidate>(items: readonly T[]): T[][] {
  const byTitle = new Map<string, T[][]>();
  const groups: T[][] = [];
  // Earliest first, so each story's window starts at its original.
  const order = [...items.keys()].sort((a, b) => dateOf(items[a]!) - dateOf(items[b]!) || a - b);
  const groupOf = new Map<number, T[]>();
  for (const index of order) {
    const item = items[index]!;
    const key = isSpecificTitle(item.title) ? normaliseTitle(item.title) : undefined;
    const stories = key === undefined ? undefined : byTitle.get(key);
    const story = stories?.find((group) => dateOf(item) - dateOf(group[0]!) <= DUPLICATE_WINDOW_MS);
    if (story) {
      story.push(item);
      groupOf.set(index, story);
      continue;
    }
    const group = [item];
    groupOf.set(index, group);
    if (key !== undefined) byTitle.set(key, [...(stories ?? []), group]);
  }
  const seen = new Set<T[]>();
  items.forEach((_, index) => {
    const group = groupOf.get(index)!;
    if (!seen.has(group)) {
      seen.add(group);
      groups.push(orderGroup(group));
    }
  });
  return groups;
}

/** The original first: the earliest; on a tie, a curated copy, then the first stored. */
function orderGroup<T extends DuplicateCandidate>(group: T[]): T[] {
  return [...group].sort(
    (a, b) => dateOf(a) - dateOf(b) || Number(b.curated) - Number(a.curated) || a.firstSeenAt - b.firstSeenAt,
  );
}
