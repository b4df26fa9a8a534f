import { describe, expect, it } from 'vitest';
import { inlinePageStyles } from '../../../scripts/inline-page-styles.mjs';

const page = (head: string) => `<html><head>${head}</head><body><script src="/first-paint.js"></script></body></html>`;
const sheets: Record<string, string> = {
  '/assets/base.css': 'body{color:red}',
  '/assets/page.css': '.card{margin:0}',
  '/assets/font.css': '@font-face{src:url(/fonts/a.woff2)}',
  '/assets/imports.css': '@import "other.css";',
  '/assets/closing.css': '.x::after{content:"</style>"}',
};
const stylesheet = (href: string) => sheets[href];

describe('inlinePageStyles', () => {
  it('writes each stylesheet into the page, in order, and leaves its link disabled for the chunk loader', () => {
    const html = inlinePageStyles(
      page(
        '<link rel="stylesheet" crossorigin href="/assets/base.css"><link rel="stylesheet" crossorigin href="/assets/page.css">',
      ),
      stylesheet,
    );
    expect(html).toBe(
      page(
        '<style data-href="/assets/base.css">body{color:red}</style><link rel="stylesheet" crossorigin href="/assets/base.css" disabled>' +
          '<style data-href="/assets/page.css">.card{margin:0}</style><link rel="stylesheet" crossorigin href="/assets/page.css" disabled>',
      ),
    );
  });

  it('keeps the link of a stylesheet it does not have, or one that refers to other files or would close the element', () => {
    const links = ['unknown', 'font', 'imports', 'closing'].map(
      (name) => `<link rel="stylesheet" crossorigin href="/assets/${name}.css">`,
    );
    const html = page(links.join(''));
    expect(inlinePageStyles(html, stylesheet)).toBe(html);
  });

  it('leaves script and module preload links alone', () => {
    const html = page(
      '<link rel="modulepreload" crossorigin href="/chunks/a.js"><script type="module" src="/chunks/b.js"></script>',
    );
    expect(inlinePageStyles(html, stylesheet)).toBe(html);
  });
});
