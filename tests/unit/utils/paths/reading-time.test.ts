import { describe, expect, it } from 'vitest';
import {
  countWords,
  estimateMinutes,
  guessLevel,
  MINUTES_WITHOUT_BODY,
  WORDS_PER_MINUTE,
} from '../../../../utils/paths/reading-time';

describe('countWords', () => {
  it('counts the words of a post and not its markup, scripts or entities', () => {
    const html = '<p>Raft elects a <em>leader</em>&nbsp;first.</p><script>var a = 1;</script><img src="x.png"> — ok';
    expect(countWords(html)).toBe(6);
  });

  it('reads Chinese and Japanese, written without spaces, by their characters', () => {
    // 2,500 characters of Chinese are about five minutes' reading, not one "word".
    const chinese = `<p>${'分布式系统的共识算法'.repeat(250)}</p>`;
    expect(estimateMinutes(countWords(chinese))).toBe(5);
    // Kana count as well, and Latin words among them count as words.
    expect(countWords('<p>Raft アルゴリズム とは</p>')).toBe(1 + Math.round(8 * (WORDS_PER_MINUTE / 500)));
    // Korean puts spaces between words: its words count as words.
    expect(countWords('<p>분산 시스템 합의</p>')).toBe(3);
  });
});

describe('estimateMinutes', () => {
  it('reads the body at a careful pace and rounds up', () => {
    expect(estimateMinutes(WORDS_PER_MINUTE * 12)).toBe(12);
    expect(estimateMinutes(WORDS_PER_MINUTE * 12 + 1)).toBe(13);
    expect(estimateMinutes(40)).toBe(1);
  });

  it('falls back to a conservative guess when the feed carries no body', () => {
    expect(estimateMinutes(undefined)).toBe(MINUTES_WITHOUT_BODY);
    expect(estimateMinutes(0)).toBe(MINUTES_WITHOUT_BODY);
    expect(MINUTES_WITHOUT_BODY).toBeGreaterThanOrEqual(8);
  });

  it('gives a long post a long time', () => {
    const paper = `<p>${'word '.repeat(7000)}</p>`;
    expect(estimateMinutes(countWords(paper))).toBeGreaterThanOrEqual(30);
  });
});

describe('guessLevel', () => {
  it('is intro unless the text shows advanced signals', () => {
    expect(guessLevel('How we scaled our cache', 'Lessons from running Redis.')).toBe('intro');
    expect(guessLevel('A proof of linearizability for our queue', '')).toBe('advanced');
    expect(guessLevel('Our new store', 'We model-checked it in TLA+ and checked serializability.')).toBe('advanced');
    expect(guessLevel('Our new store', 'It is serializable.')).toBe('intro');
  });
});
