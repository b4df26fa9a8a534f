import type { QuorumDatabase } from '../db/database';

/**
 * The canonical URLs of every stored article, in memory in the background, so the content
 * script's lookups for a page's links are answered from a Set, not a query per link. Rebuilt
 * after each sync; loaded on first use after the service worker starts.
 */
export class KnownUrls {
  private urls: Set<string> | undefined;
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
