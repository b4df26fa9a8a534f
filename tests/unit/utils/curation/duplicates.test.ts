import { describe, expect, it } from 'vitest';
import {
  DUPLICATE_WINDOW_MS,
  groupDuplicates,
  isSpecificTitle,
  normaliseTitle,
} from '../../../../utils/curation/duplicates';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1);
const item = (url: string, title: string, daysLater = 0, curated = false) => ({
  url,
  title,
  curated,
  publishedAt: T0 + daysLater * DAY,
  firstSeenAt: T0 + 10 * DAY,
});

describe('normaliseTitle and isSpecificTitle', () => {
  it('folds case, punctuation, quotes and accents', () => {
    expect(normaliseTitle('Raft: Part 2 — “Log Replication”!')).toBe(normaliseTitle('raft part 2 log replication'));
    expect(normaliseTitle('Café’s consensus')).toBe('cafes consensus');
  });

  it('keeps the marks that are part of letters in other scripts', () => {
    // バッチ (batch) and パッチ (patch) differ only in a voicing mark.
    const batch = 'データベースのバッチ処理を分散システムで高速化する';
    const patch = 'データベースのパッチ処理を分散システムで高速化する';
    expect(normaliseTitle(batch)).toBe(batch);
    expect(normaliseTitle(batch)).not.toBe(normaliseTitle(patch));
    expect(normaliseTitle('वितरित प्रणालियों में सहमति')).toBe('वितरित प्रणालियों में सहमति');
    const stories = groupDuplicates([item('https://a.jp/batch', batch), item('https://b.jp/patch', patch, 1)]);
    expect(stories.map((story) => story.map((copy) => copy.url))).toEqual([
      ['https://a.jp/batch'],
      ['https://b.jp/patch'],
    ]);
  });

  it('drops an emoji with its presentation mark', () => {
    expect(normaliseTitle('⚡️ Fast leader election in Raft')).toBe(normaliseTitle('⚡ Fast leader election in Raft'));
    expect(normaliseTitle('⚡️ Fast leader election in Raft')).toBe('fast leader election in raft');
    expect(isSpecificTitle('Weekly links roundup ❤️ ⭐️ ☀️')).toBe(false);
    expect(isSpecificTitle('Release notes 1️⃣ 2️⃣ 3️⃣')).toBe(false);
  });

  it('judges titles written without spaces by their characters', () => {
    const title = '深入理解分布式系统中的Raft共识算法与日志复制机制';
    expect(isSpecificTitle(title)).toBe(true);
    expect(isSpecificTitle('每周更新')).toBe(false);
    expect(isSpecificTitle('라프트 합의 알고리즘')).toBe(true);
    expect(isSpecificTitle('주간 업데이트')).toBe(false);
    expect(isSpecificTitle('分布式系统每日新闻汇总')).toBe(false);
    expect(isSpecificTitle('週刊 分散システム ニュース まとめ')).toBe(false);
    const stories = groupDuplicates([item('https://a.cn/1', title), item('https://b.cn/1', title, 2)]);
    expect(stories.map((story) => story.map((copy) => copy.url))).toEqual([['https://a.cn/1', 'https://b.cn/1']]);
  });

  it('judges Thai titles, written without spaces in letters, by their letters', () => {
    const title = 'การทำงานของอัลกอริทึมฉันทามติในระบบกระจาย';
    expect(isSpecificTitle(title)).toBe(true);
    // A weekly news summary, issue 12; and "distributed systems" alone, too short to name a post.
    expect(isSpecificTitle('สรุปข่าวประจำสัปดาห์ ฉบับที่ 12')).toBe(false);
    expect(isSpecificTitle('ระบบกระจาย')).toBe(false);
    // Long enough, but four letters of words: one word, not four.
    expect(isSpecificTitle('ข่าว 2024 2025 2026 ระบบ')).toBe(false);
    // "Steps of the Raft algorithm": ขั้นตอน (steps) holds ตอน (episode), which stays a word here.
    expect(isSpecificTitle('ขั้นตอนวิธีRaftบนKubernetes')).toBe(true);
    const stories = groupDuplicates([item('https://a.th/raft', title), item('https://b.th/raft', title, 3)]);
    expect(stories.map((story) => story.map((copy) => copy.url))).toEqual([['https://a.th/raft', 'https://b.th/raft']]);
  });

  it('never calls a generic title specific', () => {
    for (const title of [
      'Weekly update',
      'Release notes',
      'Release notes for 24.2',
      'Issue 212',
      'This week in Rust 512',
      'Links for November 2026',
      'Monthly recap: October',
      'Show HN',
      'Kafka internals',
    ]) {
      expect(isSpecificTitle(title), title).toBe(false);
    }
  });

  it('calls a title that names a particular post specific', () => {
    for (const title of [
      'Understanding Kafka consumer group rebalancing',
      'How we lost a day of writes to a clock that jumped backwards',
      'Why Raft needs pre-vote',
    ]) {
      expect(isSpecificTitle(title), title).toBe(true);
    }
  });
});

describe('groupDuplicates', () => {
  it('merges the same specific title within seven days, the earliest first', () => {
    const syndicated = item('https://dev.to/kofi/why-raft-needs-pre-vote', 'Why Raft needs pre-vote!', 2);
    const original = item('https://kofi.example/raft-pre-vote', 'Why Raft Needs Pre-Vote', 0);
    const other = item('https://other.example/x', 'Consistent hashing with bounded loads', 1);
    expect(groupDuplicates([syndicated, other, original])).toEqual([[original, syndicated], [other]]);
  });

  it('prefers a curated copy on the same day, and keeps input order between stories', () => {
    const feedCopy = item('https://feed.example/p', 'Notes on Dynamo-style quorums', 0);
    const curated = item('https://curated.example/p', 'Notes on Dynamo style quorums', 0, true);
    expect(groupDuplicates([feedCopy, curated])).toEqual([[curated, feedCopy]]);
  });

  it('never merges generic titles, different titles, or the same title far apart in time', () => {
    const a = item('https://a.example/1', 'Weekly update', 0);
    const b = item('https://b.example/1', 'Weekly update', 1);
    expect(groupDuplicates([a, b])).toEqual([[a], [b]]);

    const c = item('https://c.example/1', 'Why Raft needs pre-vote', 0);
    const d = item('https://d.example/1', 'Why Raft needs leases', 0);
    expect(groupDuplicates([c, d])).toEqual([[c], [d]]);

    const e = item('https://e.example/1', 'Why Raft needs pre-vote', 0);
    const f = {
      ...item('https://f.example/1', 'Why Raft needs pre-vote', 0),
      publishedAt: T0 + DUPLICATE_WINDOW_MS + 1,
    };
    expect(groupDuplicates([e, f])).toEqual([[e], [f]]);
  });

  it('uses the first-seen time when a copy has no date', () => {
    const dated = item('https://a.example/1', 'Why Raft needs pre-vote', 9);
    const undated = {
      url: 'https://b.example/1',
      title: 'Why Raft needs pre-vote',
      curated: false,
      firstSeenAt: T0 + 10 * DAY,
    };
    expect(groupDuplicates([undated, dated])).toEqual([[dated, undated]]);
  });
});
