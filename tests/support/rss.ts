export interface RssItem {
  title: string;
  link: string;
  description?: string;
  pubDate?: string;
  guid?: string;
  categories?: readonly string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small, valid RSS 2.0 document for tests that need a feed but not a particular quirk. */
export function rss(channel: { title: string; link: string; items: readonly RssItem[] }): string {
  const items = channel.items
    .map(
      (item) => `    <item>
      <title>${escape(item.title)}</title>
      <link>${escape(item.link)}</link>
      ${item.description ? `<description>${escape(item.description)}</description>` : ''}
      ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
      ${(item.categories ?? []).map((category) => `<category>${escape(category)}</category>`).join('')}
      <guid>${escape(item.guid ?? item.link)}</guid>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escape(channel.title)}</title>
    <link>${escape(channel.link)}</link>
    <description>Test feed</description>
${items}
  </channel>
</rss>`;
}

/** N distributed-systems items, so the classifier keeps them as relevant. */
export function relevantItems(prefix: string, count: number, base = Date.UTC(2026, 10, 1)): RssItem[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `${prefix} ${i}: Raft consensus and log replication under network partitions`,
    link: `https://${prefix.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example/posts/${i}`,
    description: `Part ${i} of a series on leader election, quorum writes and linearizable reads. It explains how replicas agree on one log.`,
    pubDate: new Date(base - i * 3_600_000).toUTCString(),
  }));
}
