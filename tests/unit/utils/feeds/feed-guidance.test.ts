import { describe, expect, it } from 'vitest';
import { feedItemsToDrafts } from '../../../../utils/feeds/normalise';
import { parseFeed } from '../../../../utils/feeds/parse';
import { MINUTES_WITHOUT_BODY } from '../../../../utils/paths/reading-time';

const body = `<p>${'Replicas agree on a log by electing a leader first. '.repeat(300)}</p>`;
const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example</title><link>https://blog.example.com/</link>
<item><title>Consensus, at length</title><link>https://blog.example.com/long</link>
<description>A long walk through leader election.</description>
<content:encoded><![CDATA[${body}]]></content:encoded></item>
<item><title>A proof of linearizability</title><link>https://blog.example.com/short</link>
<description>Only a summary here.</description></item>
</channel></rss>`;

describe('feed articles join the structure', () => {
  it('takes minutes from the full text the feed carries, else a conservative guess, marked estimated', () => {
    const parsed = parseFeed(rss, { url: 'https://blog.example.com/feed.xml' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const drafts = feedItemsToDrafts(parsed.feed, 'feed:x', () => ({ topics: ['consensus'], relevance: 0.9 }));
    const [long, short] = drafts;
    // 3,000 words at a careful pace: well over ten minutes.
    expect(long).toMatchObject({ minutes: 14, level: 'intro', estimated: true });
    expect(short).toMatchObject({ minutes: MINUTES_WITHOUT_BODY, level: 'advanced', estimated: true });
  });
});
