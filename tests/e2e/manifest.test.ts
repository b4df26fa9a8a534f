import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST } from '../support/paths';
import { launchExtension, type ExtensionSession } from './support/extension';

const manifest = JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;

// Written out in full on purpose: adding a permission or a host must change this test too.
const FEED_HOSTS = [
  'blog.bytebytego.com',
  'muratbuffalo.blogspot.com',
  'www.architecture-weekly.com',
  'dev.to',
  'brooker.co.za',
  'martin.kleppmann.com',
  'aphyr.com',
  'jepsen.io',
  'jack-vanlightly.com',
  'notes.eatonphil.com',
  'transactional.blog',
  'netflixtechblog.com',
  'blog.cloudflare.com',
  'blog.acolyer.org',
  'charap.co',
  'www.confluent.io',
  'www.decodable.co',
  'www.cockroachlabs.com',
  'tigerbeetle.com',
  'www.allthingsdistributed.com',
];
const AGGREGATOR_HOSTS = ['news.ycombinator.com', 'lobste.rs', 'www.reddit.com', 'old.reddit.com'];
const sorted = (values: unknown) => [...(values as string[])].sort();

describe('the built manifest asks for exactly what Quorum uses', () => {
  it('has exactly these permissions', () => {
    expect(sorted(manifest.permissions)).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
  });
  it('has host access to exactly the default feeds, and asks for any other host only when the user adds a feed', () => {
    expect(sorted(manifest.host_permissions)).toEqual(sorted(FEED_HOSTS.map((host) => `https://${host}/*`)));
    expect(sorted(manifest.optional_host_permissions)).toEqual(['http://*/*', 'https://*/*']);
  });
  it('runs its content script only on the sources and aggregators, over https', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual(
      sorted([...FEED_HOSTS, ...AGGREGATOR_HOSTS].map((host) => `https://${host}/*`)),
    );
  });
  it('exposes nothing to web pages and lets nothing outside talk to it', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
  it('keeps the default extension-page CSP (or a stricter one): no remote script, no eval', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    if (csp !== undefined) {
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
    }
    for (const page of readdirSync(CHROME_DIST).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(CHROME_DIST, page), 'utf8');
      expect(html, page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });
});

describe('in Chromium, an extension page refuses remote and inline script', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('blocks both, and reports them as CSP violations', async () => {
    const page = await session.openPage('options.html');
    const blocked = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.blockedURI || event.violatedDirective),
      );
      const remote = Object.assign(document.createElement('script'), { src: 'https://cdn.example/evil.js' });
      document.head.append(remote);
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.append(inline);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { violations, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false };
    });
    expect(blocked.inlineRan).toBe(false);
    expect(blocked.violations).toContain('https://cdn.example/evil.js');
    expect(blocked.violations.some((entry) => /inline|script-src/.test(entry))).toBe(true);
  });
});
