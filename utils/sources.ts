/**
 * The source registry: the sites Quorum knows out of the box. One list feeds the default
 * subscriptions, the manifest's host permissions and (later) the content script's matches,
 * so a source is added in exactly one place.
 */
export interface Source {
  id: string;
  name: string;
  home: string;
  /** The feed Quorum subscribes to by default; absent for sites that only get badges. */
  feed?: string;
  /** Hosts where this source's articles are published or discussed. */
  hosts: readonly string[];
}

export const SOURCES: readonly Source[] = [
  {
    id: 'bytebytego',
    name: 'ByteByteGo',
    home: 'https://blog.bytebytego.com',
    feed: 'https://blog.bytebytego.com/feed',
    hosts: ['blog.bytebytego.com'],
  },
  {
    id: 'metadata',
    name: 'Metadata (Murat Demirbas)',
    home: 'https://muratbuffalo.blogspot.com',
    feed: 'https://muratbuffalo.blogspot.com/feeds/posts/default',
    hosts: ['muratbuffalo.blogspot.com'],
  },
  {
    id: 'architecture-weekly',
    name: 'Architecture Weekly',
    home: 'https://www.architecture-weekly.com',
    feed: 'https://www.architecture-weekly.com/feed',
    hosts: ['www.architecture-weekly.com'],
  },
  {
    id: 'dev-distributedsystems',
    name: 'DEV: #distributedsystems',
    home: 'https://dev.to/t/distributedsystems',
    feed: 'https://dev.to/feed/tag/distributedsystems',
    hosts: ['dev.to'],
  },
  {
    id: 'marc-brooker',
    name: 'Marc Brooker',
    home: 'https://brooker.co.za/blog',
    feed: 'https://brooker.co.za/blog/rss.xml',
    hosts: ['brooker.co.za'],
  },
  {
    id: 'martin-kleppmann',
    name: 'Martin Kleppmann',
    home: 'https://martin.kleppmann.com',
    feed: 'https://martin.kleppmann.com/feed.rss',
    hosts: ['martin.kleppmann.com'],
  },
  {
    id: 'aphyr',
    name: 'Kyle Kingsbury (aphyr)',
    home: 'https://aphyr.com',
    feed: 'https://aphyr.com/posts.atom',
    hosts: ['aphyr.com'],
  },
  {
    id: 'jepsen',
    name: 'Jepsen',
    home: 'https://jepsen.io',
    feed: 'https://jepsen.io/blog.atom',
    hosts: ['jepsen.io'],
  },
  {
    id: 'jack-vanlightly',
    name: 'Jack Vanlightly',
    home: 'https://jack-vanlightly.com',
    feed: 'https://jack-vanlightly.com/blog?format=rss',
    hosts: ['jack-vanlightly.com'],
  },
  {
    id: 'phil-eaton',
    name: 'Phil Eaton',
    home: 'https://notes.eatonphil.com',
    feed: 'https://notes.eatonphil.com/rss.xml',
    hosts: ['notes.eatonphil.com'],
  },
  {
    id: 'transactional',
    name: 'transactional.blog (Alex Miller)',
    home: 'https://transactional.blog',
    feed: 'https://transactional.blog/feed.xml',
    hosts: ['transactional.blog'],
  },
  {
    id: 'netflix',
    name: 'Netflix Tech Blog',
    home: 'https://netflixtechblog.com',
    feed: 'https://netflixtechblog.com/feed',
    hosts: ['netflixtechblog.com'],
  },
  {
    id: 'cloudflare',
    name: 'The Cloudflare Blog',
    home: 'https://blog.cloudflare.com',
    feed: 'https://blog.cloudflare.com/rss/',
    hosts: ['blog.cloudflare.com'],
  },
  {
    id: 'morning-paper',
    name: 'The Morning Paper',
    home: 'https://blog.acolyer.org',
    feed: 'https://blog.acolyer.org/feed/',
    hosts: ['blog.acolyer.org'],
  },
  {
    id: 'charapko',
    name: 'Aleksey Charapko',
    home: 'https://charap.co',
    feed: 'https://charap.co/feed/',
    hosts: ['charap.co'],
  },
  {
    id: 'confluent',
    name: 'Confluent',
    home: 'https://www.confluent.io/blog',
    feed: 'https://www.confluent.io/rss.xml',
    hosts: ['www.confluent.io'],
  },
  {
    id: 'decodable',
    name: 'Decodable',
    home: 'https://www.decodable.co/blog',
    feed: 'https://www.decodable.co/blog/rss.xml',
    hosts: ['www.decodable.co'],
  },
  {
    id: 'cockroachdb',
    name: 'CockroachDB',
    home: 'https://www.cockroachlabs.com/blog',
    feed: 'https://www.cockroachlabs.com/blog/index.xml',
    hosts: ['www.cockroachlabs.com'],
  },
  {
    id: 'tigerbeetle',
    name: 'TigerBeetle',
    home: 'https://tigerbeetle.com/blog',
    feed: 'https://tigerbeetle.com/blog/atom.xml',
    hosts: ['tigerbeetle.com'],
  },
  {
    id: 'all-things-distributed',
    name: 'All Things Distributed',
    home: 'https://www.allthingsdistributed.com',
    feed: 'https://www.allthingsdistributed.com/atom.xml',
    hosts: ['www.allthingsdistributed.com'],
  },
  // Aggregators: no feed of ours, but where people meet these articles.
  { id: 'hacker-news', name: 'Hacker News', home: 'https://news.ycombinator.com', hosts: ['news.ycombinator.com'] },
  { id: 'lobsters', name: 'Lobsters', home: 'https://lobste.rs', hosts: ['lobste.rs'] },
  { id: 'reddit', name: 'Reddit', home: 'https://www.reddit.com', hosts: ['www.reddit.com', 'old.reddit.com'] },
];

/** Default subscriptions: every source that has a feed. */
export const DEFAULT_FEED_SOURCES = SOURCES.filter(
  (source): source is Source & { feed: string } => source.feed !== undefined,
);

/** Match patterns for the hosts the default feeds are fetched from. */
export function feedHostPermissions(): string[] {
  return [...new Set(DEFAULT_FEED_SOURCES.map((source) => `https://${new URL(source.feed).host}/*`))];
}

/** Every host where Quorum badges links out of the box: publishers and aggregators alike. */
export function badgeHosts(): string[] {
  return [...new Set(SOURCES.flatMap((source) => source.hosts))];
}

/**
 * The badges content script's `matches`, generated here so that a source added to the
 * registry gets badges without a second list to keep in step. https only: every source is
 * served over TLS, and several hosts are HSTS-preloaded.
 */
export function badgeMatchPatterns(): string[] {
  return badgeHosts().map((host) => `https://${host}/*`);
}
