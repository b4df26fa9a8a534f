import type { CDPSession, Page } from 'playwright-core';

interface ContextInfo {
  id: number;
  origin: string;
  frameId: string | undefined;
  isDefault: boolean;
}

/**
 * Evaluates code in the badges content script's own isolated world, through the debugging
 * protocol. Badges live in closed shadow roots that the page (and Playwright's selectors)
 * cannot enter; there, `chrome.dom.openOrClosedShadowRoot` can, so tests read what the user
 * sees (states, labels, the card) and the page's own world stays a true outsider.
 */
export async function contentWorld(page: Page, extensionId: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  cdp.on(
    'Runtime.executionContextCreated',
    ({ context }: { context: { id: number; origin: string; auxData?: { frameId?: string; isDefault?: boolean } } }) => {
      contexts.set(context.id, {
        id: context.id,
        origin: context.origin,
        frameId: context.auxData?.frameId,
        isDefault: context.auxData?.isDefault ?? false,
      });
    },
  );
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');

  const mainFrame = async () =>
    ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
  const origin = `chrome-extension://${extensionId}`;

  async function contextId(): Promise<number> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const frame = await mainFrame();
      const found = [...contexts.values()]
        .filter((context) => !context.isDefault && context.origin === origin && context.frameId === frame)
        .at(-1);
      if (found) return found.id;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The badges content script never started on this page');
  }

  /** Evaluates an expression (awaited, JSON result) in the content script's world. */
  async function evaluate<T>(expression: string): Promise<T> {
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: await contextId(),
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails)
      throw new Error(
        `In the content script's world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    return result.result.value as T;
  }

  return { evaluate, detach: () => cdp.detach() };
}
export type ContentWorld = Awaited<ReturnType<typeof contentWorld>>;

export interface BadgeInfo {
  /** The state as the user's assistive technology hears it. */
  label: string;
  /** href of the link (or the hinted title link) the badge follows. */
  after: string | null;
  slot: string | null;
}

/** Every badge on the page, in document order. */
export function readBadges(world: ContentWorld): Promise<BadgeInfo[]> {
  return world.evaluate<BadgeInfo[]>(`[...document.querySelectorAll('quorum-badge')].map((host) => {
    const button = chrome.dom.openOrClosedShadowRoot(host).querySelector('button.badge');
    return { label: button.getAttribute('aria-label'), after: host.previousElementSibling?.getAttribute('href') ?? null, slot: host.getAttribute('slot') };
  })`);
}

/** A JS expression for a badge host by its index in document order. */
export const badgeHost = (index: number) => `document.querySelectorAll('quorum-badge')[${index}]`;
/** A JS expression for the article card's host. */
export const dockHost = `document.querySelector('quorum-card')`;

/**
 * The viewport centre of something inside a closed shadow root, for a real mouse click.
 * `host` is a JS expression for the host, `inner` a selector inside its shadow root, `text`
 * (optional) narrows to the element with exactly that text. null until it is there and shown.
 */
export function centreOf(
  world: ContentWorld,
  host: string,
  inner: string,
  text?: string,
): Promise<{ x: number; y: number } | null> {
  return world.evaluate(`(() => {
    const host = ${host};
    if (!host) return null;
    const root = chrome.dom.openOrClosedShadowRoot(host);
    const element = [...root.querySelectorAll(${JSON.stringify(inner)})].find((node) => ${text === undefined ? 'true' : `node.textContent === ${JSON.stringify(text)}`});
    if (!element) return null;
    const box = element.getBoundingClientRect();
    return box.width && box.height ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  })()`);
}

/** Clicks, with the real mouse, something inside a closed shadow root once it is shown. */
export async function clickInside(
  page: Page,
  world: ContentWorld,
  host: string,
  inner: string,
  text?: string,
): Promise<void> {
  let point: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 100 && !point; attempt++) {
    point = await centreOf(world, host, inner, text);
    if (!point) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!point) throw new Error(`Nothing to click: ${inner} ${text ?? ''}`);
  await page.mouse.click(point.x, point.y);
}
