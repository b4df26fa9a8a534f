import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { browserProblem, unsupportedBrowserMessage } from '../../../scripts/browser.mjs';
import { browserPath } from '../../support/browser-path';
import { ROOT } from '../../support/paths';

/** A stand-in browser that only answers --version, as a machine with only Google Chrome would. */
function stubBrowser(dir: string, name: string, version: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

const dir = mkdtempSync(join(tmpdir(), 'quorum-stub-browser-'));
const chrome = stubBrowser(dir, 'google-chrome', 'Google Chrome 138.0.7204.49 ');
const chromium = stubBrowser(dir, 'chromium', 'Chromium 138.0.7204.49 built on Debian GNU/Linux 12 (bookworm)');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

/** Runs one of the npm scripts' entry files with the stub as the browser. */
function runScript(script: string) {
  return spawnSync('node', [join(ROOT, script)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: chrome },
    timeout: 60_000,
  });
}

function expectTheOneLineMessage(text: string) {
  const lines = text.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('Google Chrome 138.0.7204.49');
  expect(lines[0]).toContain('--load-extension');
  expect(lines[0]).toContain("Debian's chromium");
  expect(lines[0]).toContain('Chrome for Testing');
  expect(lines[0]).toContain('CHROME_PATH');
  expect(lines[0]).toContain('load .output/chrome-mv3 by hand');
}

describe('the browser check', () => {
  it('refuses branded Google Chrome from 137 on, and nothing else', () => {
    expect(unsupportedBrowserMessage('/c', 'Google Chrome 137.0.7151.55')).toContain('--load-extension');
    expect(unsupportedBrowserMessage('/c', 'Google Chrome 140.0.1.2 beta')).toContain('--load-extension');
    expect(unsupportedBrowserMessage('/c', 'Google Chrome 136.0.7103.113')).toBeNull();
    expect(unsupportedBrowserMessage('/c', 'Google Chrome for Testing 138.0.7204.49')).toBeNull();
    expect(unsupportedBrowserMessage('/c', 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12')).toBeNull();
    expect(unsupportedBrowserMessage('/c', '')).toBeNull();
  });

  it('asks the browser itself for its version', () => {
    expectTheOneLineMessage(browserProblem(chrome)!);
    expect(browserProblem(chromium)).toBeNull();
  });

  it('stops `npm start` at once, before building, with one line saying what to do', () => {
    const result = runScript('scripts/start.mjs');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('wxt build');
    expectTheOneLineMessage(result.stderr);
  });

  it('stops `npm test` at once, before any step, with the same line', () => {
    const result = runScript('scripts/test.mjs');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('tsc');
    expectTheOneLineMessage(result.stderr);
  });

  it('guards the end-to-end tests with the same line', () => {
    process.env.CHROME_PATH = chrome;
    expect(() => browserPath()).toThrow(/Google Chrome 138\.0\.7204\.49.*Chrome for Testing.*CHROME_PATH/);
    process.env.CHROME_PATH = chromium;
    expect(browserPath()).toBe(chromium);
  });
});
