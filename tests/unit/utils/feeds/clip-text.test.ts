import { describe, expect, it } from 'vitest';
import { clipSummary, clipText, SUMMARY_TARGET } from '../../../../utils/feeds/clip-text';

/** `count` three-letter lowercase words: 4 * count - 1 characters. */
const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i % 10}x`).join(' ');

describe('clipSummary', () => {
  it('leaves a summary of up to 300 characters alone', () => {
    const text = `Fits ${words(73)}.`;
    expect(text).toHaveLength(297);
    expect(clipSummary(text)).toBe(text);
    expect(SUMMARY_TARGET).toBe(300);
  });

  it('cuts at the last sentence end before 300 characters', () => {
    const first = `First ${words(48)}.`;
    const text = `${first} Second ${words(60)}.`;
    expect(first).toHaveLength(198);
    expect(clipSummary(text)).toBe(first);
  });

  it('takes a sentence that ends a little after 300 over an ellipsis', () => {
    const upTo324 = `Short ${words(10)}. Then ${words(68)}.`;
    expect(upTo324).toHaveLength(324);
    expect(clipSummary(`${upTo324} Next ${words(30)}.`)).toBe(upTo324);
  });

  it('cuts at a word and adds an ellipsis when the only sentence end is too early', () => {
    const text = `Short ${words(10)}. Then ${words(100)}.`;
    const clipped = clipSummary(text);
    expect(clipped).toBe(`${text.slice(0, 299)}\u2026`);
    expect(clipped).toHaveLength(300);
    expect(clipped.endsWith(' w1x\u2026')).toBe(true);
  });

  it('does not take "e.g. the" or "v1.2" for a sentence end', () => {
    const text = `${words(40)} e.g. the v1.2 release ${words(70)}`;
    expect(clipSummary(text).endsWith('\u2026')).toBe(true);
  });

  it('sees a sentence end before a quote or a digit, after a closing quote', () => {
    const first = `He said \u201c${words(45)}.\u201d`;
    const text = `${first} 2026 ${words(60)}`;
    expect(clipSummary(text)).toBe(first);
  });

  it('hard-cuts one enormous word, keeping the limit', () => {
    expect(clipSummary('x'.repeat(400))).toBe(`${'x'.repeat(299)}\u2026`);
  });
});

describe('clipText', () => {
  it.each([
    ['Hello wonderful world', 21, 'Hello wonderful world'],
    ['Hello wonderful world', 12, 'Hello\u2026'],
    ['Hello wonderful world', 16, 'Hello wonderful\u2026'],
    ['One, two, three', 10, 'One, two\u2026'],
    ['Raft \u2014 the understandable one', 8, 'Raft\u2026'],
    ['\u{1F600}'.repeat(10), 6, '\u{1F600}\u{1F600}\u2026'],
  ])('%j at %i -> %j', (text, max, expected) => {
    expect(clipText(text, max)).toBe(expected);
    expect(clipText(text, max).length).toBeLessThanOrEqual(max);
  });
});
