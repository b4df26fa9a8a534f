import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from './extension';

/**
 * The real toolbar popup, opened with chrome.action.openPopup() as a click on the icon would.
 * Playwright does not attach to extension popups, so this drives it over the debugging
 * protocol directly: find its target, attach, and evaluate expressions in it.
 */
export async function openRealPopup(session: ExtensionSession, cdp: CDPSession) {
  await session.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
  );
  let targetId: string | undefined;
  for (let attempt = 0; attempt < 50 && !targetId; attempt++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    targetId = targetInfos.find((target) => target.type === 'page' && target.url.endsWith('/popup.html'))?.targetId;
    if (!targetId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!targetId) throw new Error('The popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };

  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
    };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });

  /** Evaluates an async expression in the popup and returns its JSON value. */
  async function evaluate<T>(expression: string): Promise<T> {
    const id = nextId++;
    const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id,
        method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true },
      }),
    });
    const result = (await answer) as { result?: { value?: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(`In the popup: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result?.value as T;
  }
  return { evaluate };
}
