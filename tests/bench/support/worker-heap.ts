import type { Page } from 'playwright-core';

export interface HeapUsage {
  /** JS heap in use, as V8 reports it (bytes). */
  usedSize: number;
  totalSize: number;
}

/**
 * The service worker's JS heap, from the DevTools protocol (Playwright opens protocol sessions
 * for pages only, so one page's session attaches to the worker's target and talks to it by
 * messages). Before and after a forced garbage collection: what the worker holds right now,
 * and what it keeps.
 */
export async function workerHeap(page: Page, workerUrl: string): Promise<{ now: HeapUsage; retained: HeapUsage }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
    if (!target) throw new Error(`No service worker at ${workerUrl}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 0;
    const call = <T>(method: string): Promise<T> => {
      const id = ++nextId;
      const answer = new Promise<T>((resolve) => {
        const listener = (event: { message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: T };
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(message.result as T);
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
      });
      return cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .then(() => answer);
    };
    const now = await call<HeapUsage>('Runtime.getHeapUsage');
    await call('HeapProfiler.collectGarbage');
    const retained = await call<HeapUsage>('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return { now, retained };
  } finally {
    await cdp.detach();
  }
}
