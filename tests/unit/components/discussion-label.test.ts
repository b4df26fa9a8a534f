import { describe, expect, it } from 'vitest';
import { discussionLabel } from '../../../components/discussion-label';

const thread = { url: 'https://news.ycombinator.com/item?id=1', site: 'hacker-news' as const, seenAt: 0 };

describe('discussionLabel', () => {
  it('names the site and the comment count the page showed', () => {
    expect(discussionLabel({ ...thread, comments: 212 })).toBe('Hacker News (212 comments)');
    expect(discussionLabel({ ...thread, site: 'lobsters', comments: 1 })).toBe('Lobsters (1 comment)');
    expect(discussionLabel({ ...thread, site: 'reddit', comments: 12_345 })).toBe('Reddit (12,345 comments)');
  });

  it('names only the site when the page showed no count', () => {
    expect(discussionLabel(thread)).toBe('Hacker News');
  });
});
