import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** One task of the page's main thread, in ms, and whether a given script ran in it. */
export interface MainThreadTask {
  start: number;
  duration: number;
  /** The task ran code of the script being measured (a function call, an evaluation, a callback). */
  ranScript: boolean;
}

/**
 * Records every task of a page's renderer main thread while `work` runs, with Chromium's own
 * tracing (the data behind DevTools' Performance panel): nothing is added to the page, and
 * tasks of any length are seen, not only the long ones a PerformanceObserver reports. A task
 * counts as the script's when any script event inside it names `scriptUrl`.
 */
export async function traceMainThread(
  page: Page,
  pageUrl: string,
  scriptUrl: string,
  work: () => Promise<void>,
): Promise<MainThreadTask[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
    },
  });
  await work();
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return tasksOf(Array.isArray(parsed) ? parsed : parsed.traceEvents, pageUrl, scriptUrl);
}

function tasksOf(events: TraceEvent[], pageUrl: string, scriptUrl: string): MainThreadTask[] {
  // The page's renderer: the process whose frame committed the page's URL.
  const pids = new Set<number>();
  for (const event of events) {
    const data = event.args?.data ?? event.args?.beginData;
    const frames = data?.frames as { url?: string; processId?: number }[] | undefined;
    for (const frame of frames ?? []) if (frame.url === pageUrl && frame.processId) pids.add(frame.processId);
    if ((data?.url === pageUrl || data?.documentURL === pageUrl) && event.name !== 'ResourceSendRequest')
      pids.add(event.pid);
  }
  const mains = new Set(
    events
      .filter(
        (event) =>
          event.ph === 'M' &&
          event.name === 'thread_name' &&
          event.args?.name === 'CrRendererMain' &&
          pids.has(event.pid),
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter((event) => mains.has(`${event.pid}:${event.tid}`));
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const scriptMarks = onMain
    .filter((event) => {
      const data = event.args?.data;
      const url = (data?.url ?? (data?.stackTrace as { url?: string }[] | undefined)?.[0]?.url) as string | undefined;
      return typeof url === 'string' && url.startsWith(scriptUrl);
    })
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  // Both lists are sorted by time: one pass assigns each script event to its task.
  let mark = 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    while (mark < scriptMarks.length && scriptMarks[mark]! < task.ts) mark++;
    const ranScript = mark < scriptMarks.length && scriptMarks[mark]! <= end;
    return { start: task.ts / 1000, duration: task.dur! / 1000, ranScript };
  });
}
