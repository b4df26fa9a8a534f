import { canonicalUrl } from '@/utils/url';

/**
 * The page's own canonical URLs: its address, and the <link rel=canonical> it declares. An
 * address with an anchor comes first with it (`day#n2`: a note stored at its anchor on a
 * shared page), then without it.
 */
export function pageUrls(doc: Document = document): string[] {
  const urls = new Set<string>();
  const own = canonicalUrl(doc.location?.href ?? '');
  const hash = doc.location?.hash ?? '';
  if (own && hash.length > 1) urls.add(own + hash);
  if (own) urls.add(own);
  const declared = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const canonical = declared ? canonicalUrl(declared, doc.baseURI) : null;
  if (canonical) urls.add(canonical);
  return [...urls];
}
