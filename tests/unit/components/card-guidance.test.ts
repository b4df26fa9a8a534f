import { describe, expect, it } from 'vitest';
import { guidanceParts, type LinkedArticle } from '../../../components/card-guidance';
import type { Article } from '../../../utils/schemas/article';

const RAFT = 'https://raft.example/paper';
const PAXOS = 'https://paxos.example/simple';
const article = (changes: Partial<Article>): Article => ({
  url: 'https://example.com/bridging',
  title: 'Bridging theory and practice',
  source: 'Example',
  firstSeenAt: 0,
  summary: 'A summary.',
  topics: ['consensus'],
  kind: 'article',
  relevance: 1,
  curated: true,
  feedIds: ['pack:starter'],
  rank: 0,
  ...changes,
});
const linked = (...items: LinkedArticle[]) => new Map(items.map((item) => [item.url, item]));

describe('guidanceParts', () => {
  it('names the first unread prerequisite and an unread gentler article', () => {
    const parts = guidanceParts(
      article({ prerequisites: [RAFT], easier: PAXOS }),
      linked({ url: RAFT, title: 'Raft', read: false }, { url: PAXOS, title: 'Paxos Made Simple', read: false }),
    );
    expect(parts.first?.title).toBe('Raft');
    expect(parts.gentlerUnread?.title).toBe('Paxos Made Simple');
  });

  it('says an article named as both only once, as the one to read first', () => {
    const parts = guidanceParts(
      article({ prerequisites: [RAFT], easier: RAFT }),
      linked({ url: RAFT, title: 'Raft', read: false }),
    );
    expect(parts.first?.title).toBe('Raft');
    expect(parts.gentlerUnread).toBeUndefined();
  });

  it('leaves out what has been read', () => {
    const parts = guidanceParts(
      article({ prerequisites: [RAFT], easier: PAXOS }),
      linked({ url: RAFT, title: 'Raft', read: true }, { url: PAXOS, title: 'Paxos Made Simple', read: true }),
    );
    expect(parts.first).toBeUndefined();
    expect(parts.gentlerUnread).toBeUndefined();
  });
});
