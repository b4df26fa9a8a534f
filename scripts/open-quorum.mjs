// Starts Chromium with Quorum's build loaded and opens Quorum's new tab as the first page of
// its first window, once the extension's worker is up: `npm start` does this, and an
// end-to-end test does it headless and checks what it opened.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runArgs } from './browser-args.mjs';
import { connectPipe } from './cdp-pipe.mjs';

const WORKER_TIMEOUT_MS = 30_000;

/** The extension's worker target: a chrome-extension: URL whose path is the manifest's worker. */
function isWorkerOf(dist) {
  const file = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).background.service_worker;
  return ({ targetInfo }) =>
    targetInfo.type === 'service_worker' &&
    targetInfo.url.startsWith('chrome-extension://') &&
    new URL(targetInfo.url).pathname === `/${file}`;
}

/**
 * Resolves with the browser process, its debugging pipe and what was opened; rejects (and
 * closes the browser) when the extension's worker never starts.
 */
export async function openQuorum({ chromePath, dist, profile, extraArgs = [], stdio = 'inherit' }) {
  const child = spawn(chromePath, [...runArgs({ dist, profile }), ...extraArgs], {
    stdio: [stdio, stdio, stdio, 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  const cdp = connectPipe(child.stdio[3], child.stdio[4]);
  try {
    const worker = cdp.waitFor('Target.targetCreated', isWorkerOf(dist), WORKER_TIMEOUT_MS);
    // Reports the targets there already, then each new one.
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const gone = exited.then((code) => {
      throw new Error(`The browser exited (code ${code}) before Quorum's worker started.`);
    });
    const { targetInfo } = await Promise.race([worker, gone]);
    const extensionId = new URL(targetInfo.url).host;
    const url = `chrome-extension://${extensionId}/newtab.html`;
    const { targetId } = await cdp.send('Target.createTarget', { url, newWindow: true });
    return { child, cdp, exited, extensionId, url, targetId };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/**
 * A browser started without a window stays up when its last window is closed: close it then,
 * as a browser started the usual way would.
 */
export async function closeWithLastPage({ cdp }) {
  const pages = new Set();
  cdp.on(({ method, params }) => {
    if (method === 'Target.targetCreated' && params.targetInfo.type === 'page') pages.add(params.targetInfo.targetId);
    if (method !== 'Target.targetDestroyed' || !pages.delete(params.targetId)) return;
    if (pages.size === 0) void cdp.send('Browser.close').catch(() => undefined);
  });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const info of targetInfos) if (info.type === 'page') pages.add(info.targetId);
}
