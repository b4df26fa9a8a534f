import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * The baseline a page is measured against: what it shows right now, with the same styles
 * inlined, as one static HTML file with no script. Returns the file's URL.
 */
export async function writeStaticCopy(page: Page, name: string): Promise<string> {
  const html = await page.evaluate(() => {
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script').forEach((script) => script.remove());
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Static</title><style>${css}</style></head>${body.outerHTML}</html>`;
  });
  const file = join(await mkdtemp(join(tmpdir(), 'quorum-bench-')), `${name}.html`);
  await writeFile(file, html);
  return pathToFileURL(file).href;
}
