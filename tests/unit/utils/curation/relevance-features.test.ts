import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  PLAIN_MARKER_STEMS,
  relevanceFeatures,
  relevanceTokens,
  relevanceWords,
} from '../../../../utils/curation/relevance-features';

const post = (title: string, summary = '') => relevanceFeatures({ title, summary, categories: [] });

describe('relevanceWords', () => {
  it('gives the forms of one word one stem, so what is learned from one carries to the others', () => {
    for (const forms of [
      ['crash', 'crashes', 'crashed', 'crashing'],
      ['retry', 'retries'],
      ['stop', 'stops', 'stopped', 'stopping'],
      ['scale', 'scales', 'scaled', 'scaling'],
    ]) {
      expect(new Set(forms.flatMap((form) => relevanceWords(form))).size).toBe(1);
    }
  });

  it('leaves words with digits, and short words, as they are, and drops bare numbers', () => {
    expect(relevanceWords('10x 2pc ids bus')).toEqual(['10x', '2pc', 'ids', 'bus']);
    expect(relevanceWords('Part 2, 2024: #301')).toEqual(['part']);
  });

  it('keeps the word as written beside its stem, for explanations', () => {
    expect(relevanceTokens('Servers restarted')).toEqual([
      { word: 'servers', stem: 'server' },
      { word: 'restarted', stem: 'restart' },
    ]);
  });
});

describe('relevanceFeatures', () => {
  it('names the situation a post describes in plain words, whichever words it picks', () => {
    expect(post('Why the cart forgot an item')).toEqual(expect.arrayContaining(['t:@failure', 't:@data']));
    expect(post('Customers were charged twice')).toContain('t:@repeat');
    expect(post('Notes', 'Every server in three data centres went down at once.')).toEqual(
      expect.arrayContaining(['b:@many', 'b:@failure', 'b:@repeat', 'x:concepts2', 'x:concepts3']),
    );
  });

  it('names copies, places, clocks, queues and splitting apart, so each is learned on its own', () => {
    expect(post('Keeping a read copy of our database in another region')).toEqual(
      expect.arrayContaining(['t:@copies', 't:@places', 't:@data', 'x:concepts2']),
    );
    expect(post('Which scan came first? Ordering late events by timestamp')).toEqual(
      expect.arrayContaining(['t:@time', 't:@flow']),
    );
    expect(post('Splitting one hot tenant across shards')).toContain('t:@split');
    expect(post('Electing a leader when a majority agree')).toContain('t:@agreement');
    expect(post('Raft keeps a replicated log', 'Replication by consensus.')).toEqual(
      expect.arrayContaining(['b:@copies', 'b:@agreement']),
    );
  });

  it('keeps who speaks and how a title asks, which most stopword lists drop', () => {
    expect(relevanceWords('How we split our database, and why every region has one')).toEqual([
      'how',
      'we',
      'split',
      'our',
      'databas',
      'why',
      'every',
      'region',
      'one',
    ]);
    for (const marker of ['how', 'we', 'our', 'why', 'every', 'my', 'what']) {
      expect(PLAIN_MARKER_STEMS.has(relevanceWords(marker)[0]!)).toBe(true);
    }
  });

  it('names where a field word is used in another sense', () => {
    expect(post('How to view the partition table of a disk')).toContain('t:@local');
    expect(post('Kafka’s novel The Trial, a book review')).toContain('t:@elsewhere');
    expect(post('JWT login sessions for your API')).toContain('t:@auth');
    expect(post('Fine-tuning a model on a small dataset')).toContain('t:@ml');
    expect(post('A lock-free queue on one CPU')).toContain('t:@local');
    expect(post('My homelab on a Raspberry Pi')).toContain('t:@hobby');
  });

  it('puts every concept word in one group only', () => {
    const owner = new Map<string, string>();
    for (const [concept, members] of Object.entries(CONCEPTS)) {
      for (const member of members) {
        const key = relevanceWords(member).join('_');
        expect(key).not.toBe('');
        expect(owner.get(key) ?? concept).toBe(concept);
        owner.set(key, concept);
      }
    }
  });
});
