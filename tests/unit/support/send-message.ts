import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Trigger = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => Promise<unknown[]>;

/**
 * Delivers a message to the background's runtime.onMessage listeners as the browser would, with
 * a sendResponse callback, and resolves with the answer. The fake browser's typings predate the
 * callback argument, hence the cast; at run time it passes every argument through.
 */
export async function sendToBackground(message: unknown, sender: object): Promise<unknown> {
  let answer: unknown;
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as Trigger;
  const results = await trigger(message, sender, (response) => {
    answer = response;
  });
  // A listener that returns true answers later; wait for it.
  if (results.includes(true)) await vi.waitFor(() => expect(answer).toBeDefined());
  return answer;
}
