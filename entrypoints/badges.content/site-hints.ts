/**
 * Per-site knowledge the link scanner needs beyond `a[href]`, kept as data in one place with
 * the pages and markup each entry was written against (its `writtenFor`), so a site's redesign is a one-line fix here and never a change to the scanner.
 */
export interface SiteHint {
  site: string;
  /** The pages these selectors were written for, and when their markup was checked. */
  writtenFor: string;
  hosts: readonly string[];
  /** Listing items that carry the article's URL in an attribute instead of a link. */
  items?: {
    selector: string;
    urlAttribute: string;
    /** The badge goes right after this descendant (the title); else first in the item. */
    placeAfter: string;
  };
  /** Links that repeat a visible one (an invisible overlay link): never badged. */
  ignoreLinks?: string;
  /**
   * The site stretches an invisible link across each listing card: badges must be lifted
   * above it to be clickable. Only where needed: a lifted badge costs the browser a layer.
   */
  liftBadges?: true;
}

export const SITE_HINTS: readonly SiteHint[] = [
  {
    site: 'Reddit, new UI',
    writtenFor:
      'https://www.reddit.com/r/<sub>/ listings (shreddit, 2024–2025): <shreddit-post content-href permalink post-title> with the title link a[slot="title"] / a[id^="post-title-"] going to the comments',
    hosts: ['www.reddit.com'],
    items: {
      selector: 'shreddit-post[content-href]',
      urlAttribute: 'content-href',
      placeAfter: 'a[slot="title"], a[id^="post-title-"]',
    },
    liftBadges: true,
  },
  {
    site: 'Reddit, old UI',
    writtenFor:
      'https://old.reddit.com/r/<sub>/ listings: div.thing.link[data-url] with a.title (whose data-outbound-url is a redirect, never used)',
    hosts: ['old.reddit.com'],
    items: { selector: 'div.thing[data-url]', urlAttribute: 'data-url', placeAfter: 'a.title' },
  },
  {
    site: 'DEV',
    writtenFor:
      'https://dev.to/t/<tag> listings: article.crayons-story, whose a.crayons-story__hidden-navigation-link covers the whole card beside the visible h2.crayons-story__title > a',
    hosts: ['dev.to'],
    ignoreLinks: 'a.crayons-story__hidden-navigation-link',
    liftBadges: true,
  },
];

/** The hints for one host. */
export function hintsFor(host: string, hints: readonly SiteHint[] = SITE_HINTS): SiteHint[] {
  return hints.filter((hint) => hint.hosts.includes(host));
}
