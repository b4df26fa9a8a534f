import type { QuorumDatabase } from '../db/database';

/** The hostname of a canonical URL (utils/url.ts): an IPv6 literal in brackets, or up to a port or path. */
const CANONICAL_HOST = /^https:\/\/(\[[^\]]*\]|[^/:?#]+)/;

/**
 * The canonical URLs of every stored article, in memory in the background, so the content
 * script's lookups for a page's links are answered from a Set, not a query per link. Rebuilt
 * after each sync; loaded on first use after the service worker starts.
 */
export class KnownUrls {
  private urls: Set<string> | undefined;
  private hostsOf: { set: Set<string>; hosts: string[] } | undefined;
  private loading: Promise<Set<string>> | undefined;

  constructor(private readonly db: QuorumDatabase) {}

  async rebuild(): Promise<void> {
    this.loading = this.load();
    this.urls = await this.loading;
  }

  async has(url: string): Promise<boolean> {
    return (await this.current()).has(url);
  }

  async filter(urls: readonly string[]): Promise<string[]> {
    const known = await this.current();
    return urls.filter((url) => known.has(url));
  }

  /**
   * The hostnames of the known URLs. A page's content script ignores links to other hosts
   * outright, which spares it canonicalising (and asking about) most links of a busy page.
   * Computed once per set: canonical URLs all start `https://<host>`, so no parsing is needed.
   */
  async hosts(): Promise<string[]> {
    const known = await this.current();
    if (this.hostsOf?.set !== known) {
      const hosts = new Set<string>();
      for (const url of known) {
        const match = CANONICAL_HOST.exec(url);
        if (match) hosts.add(match[1]!);
      }
      this.hostsOf = { set: known, hosts: [...hosts] };
    }
    return this.hostsOf.hosts;
  }

  private async current(): Promise<Set<string>> {
    if (this.urls) return this.urls;
    this.loading ??= this.load();
    this.urls = await this.loading;
    return this.urls;
  }

  private async load(): Promise<Set<string>> {
    return new Set((await this.db.articles.toCollection().primaryKeys()) as string[]);
  }
}
