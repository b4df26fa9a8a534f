import type { QuorumDatabase } from '../db/database';
import { onArticlesChanged } from '../db/on-articles-changed';

/** The hostname of a canonical URL (utils/url.ts): an IPv6 literal in brackets, or up to a port or path. */
const CANONICAL_HOST = /^https:\/\/(\[[^\]]*\]|[^/:?#]+)/;
/** Writes landing while the set loads make it load again, a few times at most: then it is used as read. */
const MAX_LOADS = 3;

export interface LinkTargets {
  /**
   * The hostnames of the known URLs. A page's content script ignores links to other hosts
   * outright, which spares it canonicalising (and asking about) most links of a busy page.
   */
  hosts: string[];
  /**
   * The known URLs that carry an anchor: feed entries stored at their own anchors on a shared
   * page (`page#note-2`, see collectItems in utils/feeds/parse.ts). Few, so the content script
   * gets them all: a link to one of them keeps its anchor when it is asked about; every other
   * link (`post#comments`) is asked about without one.
   */
  anchoredUrls: string[];
}

export interface KnownUrlsOptions {
  /**
   * Resolves once the starter library is stored. The first lookups after an install can
   * arrive before it is: loading the set then would answer "nothing known" to that page.
   */
  ready?: () => Promise<unknown>;
}

/**
 * The canonical URLs of every stored article, in memory in the background, so the content
 * script's lookups for a page's links are answered from a Set, not a query per link. Loaded
 * on first use, and dropped whenever the articles table is written (a sync, the starter
 * pack, an import, a reset), so the next lookup loads it again.
 */
export class KnownUrls {
  private urls: Set<string> | undefined;
  private targetsOf: { set: Set<string>; targets: LinkTargets } | undefined;
  private loading: Promise<Set<string>> | undefined;
  /** Counts the writes seen, so a load that raced one is not kept. */
  private writes = 0;
  private readonly ready: () => Promise<unknown>;

  constructor(
    private readonly db: QuorumDatabase,
    options: KnownUrlsOptions = {},
  ) {
    this.ready = options.ready ?? (() => Promise.resolve());
    onArticlesChanged(db, () => this.invalidate());
  }

  /** Loads the set now, so the next lookup is answered at once (after a sync). */
  async rebuild(): Promise<void> {
    this.invalidate();
    await this.current();
  }

  async has(url: string): Promise<boolean> {
    return (await this.current()).has(url);
  }

  async filter(urls: readonly string[]): Promise<string[]> {
    const known = await this.current();
    return urls.filter((url) => known.has(url));
  }

  /**
   * What a page's content script looks for (LinkTargets). Computed once per set: canonical
   * URLs all start `https://<host>`, and only entries stored at their anchors hold a '#', so
   * no parsing is needed.
   */
  async targets(): Promise<LinkTargets> {
    const known = await this.current();
    if (this.targetsOf?.set !== known) {
      const hosts = new Set<string>();
      const anchoredUrls: string[] = [];
      for (const url of known) {
        const match = CANONICAL_HOST.exec(url);
        if (match) hosts.add(match[1]!);
        if (url.includes('#')) anchoredUrls.push(url);
      }
      this.targetsOf = { set: known, targets: { hosts: [...hosts], anchoredUrls } };
    }
    return this.targetsOf.targets;
  }

  private invalidate(): void {
    this.writes += 1;
    this.urls = undefined;
    this.loading = undefined;
  }

  private async current(): Promise<Set<string>> {
    for (let attempt = 1; !this.urls; attempt++) {
      const writes = this.writes;
      const loading = (this.loading ??= this.load());
      // A failed load is not kept: the next lookup tries again instead of failing until a write.
      const urls = await loading.catch((error: unknown) => {
        if (this.loading === loading) this.loading = undefined;
        throw error;
      });
      if (this.urls) break;
      if (writes === this.writes || attempt >= MAX_LOADS) this.urls = urls;
    }
    return this.urls;
  }

  private async load(): Promise<Set<string>> {
    // Without the starter library the set is still worth having: what is stored is known.
    await this.ready().catch(() => undefined);
    return new Set((await this.db.articles.toCollection().primaryKeys()) as string[]);
  }
}
