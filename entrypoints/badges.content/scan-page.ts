import type { ScanPage } from './link-scanner';
import { pageUrls } from './page-urls';

/**
 * What a scan needs to know of the page. The page's address can change under a single-page
 * app, so it is read again when the address changed, once per slice of work.
 */
export function createScanPage(): { read(): void; current(): ScanPage } {
  let page: ScanPage = { base: '', baseHostname: '', self: new Set() };
  let href = '';
  return {
    read() {
      if (location.href === href) return;
      href = location.href;
      page = { base: document.baseURI, baseHostname: new URL(document.baseURI).hostname, self: new Set(pageUrls()) };
    },
    current: () => page,
  };
}
