import { canonicalUrl } from '@/utils/url';

/** The page's own canonical URLs: its address, and the <link rel=canonical> it declares. */
export function pageUrls(doc: Document = document): string[] {
  const urls = new Set<string>();
  const own = canonicalUrl(doc.location?.href ?? '');
  if (own) urls.add(own);
  const declared = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const canonical = declared ? canonicalUrl(declared, doc.baseURI) : null;
  if (canonical) urls.add(canonical);
  return [...urls];
}
