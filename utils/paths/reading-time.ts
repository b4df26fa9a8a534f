import type { Level } from '../schemas/article';

/** Words a minute for careful reading of technical prose: slower than the 250 of light reading. */
export const WORDS_PER_MINUTE = 220;
/**
 * A feed that gives only a summary says nothing about length. Most engineering posts take ten
 * minutes or so; a longer estimate than the truth costs a reader less than a shorter one.
 */
export const MINUTES_WITHOUT_BODY = 10;

/**
 * Chinese and Japanese put no spaces between words, and are read at about 500 characters a
 * minute: each of their characters counts as this many words at WORDS_PER_MINUTE.
 */
const WORDS_PER_CJK_CHARACTER = WORDS_PER_MINUTE / 500;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Counts words in a post's HTML without building a DOM: tags and entities are not words. */
export function countWords(html: string): number {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>|&[#\w]+;/g, ' ');
  // Most posts have no such character: their words are then counted without looking for one.
  const hasCjk = text.search(CJK_CHARACTER) !== -1;
  let words = 0;
  let cjkCharacters = 0;
  for (const part of text.split(/\s+/)) {
    const cjk = hasCjk ? (part.match(CJK_CHARACTER)?.length ?? 0) : 0;
    cjkCharacters += cjk;
    const rest = cjk > 0 ? part.replace(CJK_CHARACTER, '') : part;
    if (/[\p{L}\p{N}]/u.test(rest)) words++;
  }
  return words + Math.round(cjkCharacters * WORDS_PER_CJK_CHARACTER);
}

export function estimateMinutes(bodyWords: number | undefined): number {
  if (bodyWords === undefined || bodyWords === 0) return MINUTES_WITHOUT_BODY;
  return Math.max(1, Math.ceil(bodyWords / WORDS_PER_MINUTE));
}

// Words that mark a post as written for readers who already know the field: proofs, formal
// models and the names of results one meets only after the basics.
const ADVANCED_SIGNALS =
  /\b(theorem|lemma|proofs?|formally|formal (?:model|method|verification|specification)|tla\+|model[- ]check\w*|linearizab\w*|serializab\w*|byzantine|impossibility|crdts?|epaxos|multi-paxos|vector clocks?|isolation levels?|quorum intersection)\b/gi;

/** A level guess for a feed article: intro, unless its words say it expects more. */
export function guessLevel(title: string, summary: string): Level {
  const inTitle = title.match(ADVANCED_SIGNALS)?.length ?? 0;
  const inSummary = summary.match(ADVANCED_SIGNALS)?.length ?? 0;
  return inTitle > 0 || inSummary >= 2 ? 'advanced' : 'intro';
}
