import { canonicalUrl } from '../url';
import type { RawItem } from './build-item';
import type { TextType } from './feed-text';

/** A feed as written, whatever its format; its items are cleaned in build-item.ts. */
export interface RawFeed {
  title?: string;
  titleType: TextType;
  siteUrl?: string;
  items: RawItem[];
}

/** xml:base may itself be relative: it resolves against the enclosing base. */
export function resolveBase(xmlBase: string | undefined, parent: string): string {
  return (xmlBase === undefined ? null : resolve(xmlBase, parent))?.href ?? parent;
}

/** The site's home page in canonical form, so it matches the articles' hosts and drops ?source=. */
export function siteUrlOf(href: string | undefined, base: string): string | undefined {
  return (href === undefined ? null : canonicalUrl(href.trim(), base)) ?? undefined;
}

function resolve(href: string, base: string): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    // URL rejects a bad base even when href is absolute; the feed URL may be a bundled path.
    try {
      return new URL(href.trim());
    } catch {
      return null;
    }
  }
}
