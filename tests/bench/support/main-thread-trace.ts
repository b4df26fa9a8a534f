import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** One task of the page's main thread, in ms, and whether a given script ran in it. */
export interface MainThreadTask {
  start: number;
  duration: number;
  /**
   * The time the thread actually ran during the task (ms). On a machine shared with other
   * work, a task's wall duration also counts the time the thread waited for a core; this
   * does not. Equal to `duration` where the trace has no thread times.
   */
  cpu: number;
  /** The task ran code of the script being measured (a function call, an evaluation, a callback). */
  ranScript: boolean;
  /**
   * The task ran any JavaScript at all, microtasks included. A promise continuation names no
   * script in the trace, so `ranScript` misses it; on a page with no script of its own, every
   * task with JavaScript in it is the extension's.
   */
  ranJavaScript: boolean;
}

/** The tasks, and when the page's DOMContentLoaded came (ms, the tasks' clock), if it did. */
export interface MainThreadTrace {
  tasks: MainThreadTask[];
  domContentLoaded: number | undefined;
}

/** Trace events that mean JavaScript ran: calls, evaluations, callbacks, microtasks. */
const JAVASCRIPT_EVENTS: ReadonlySet<string> = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'FireIdleCallback',
  'TimerFire',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
]);

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
  return (await traceMainThreadWithMarks(page, pageUrl, scriptUrl, work)).tasks;
}

/** traceMainThread, with the page's DOMContentLoaded as well. */
export async function traceMainThreadWithMarks(
  page: Page,
  pageUrl: string,
  scriptUrl: string,
  work: () => Promise<void>,
): Promise<MainThreadTrace> {
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

function tasksOf(events: TraceEvent[], pageUrl: string, scriptUrl: string): MainThreadTrace {
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
  const javaScript = onMain
    .filter((event) => JAVASCRIPT_EVENTS.has(event.name))
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const contentLoaded = onMain.find((event) => event.name === 'MarkDOMContent' && event.args?.data?.isMainFrame);
  // The lists are sorted by time: one pass over each assigns its events to their tasks.
  const within = (marks: number[]) => {
    let mark = 0;
    return (task: TraceEvent) => {
      while (mark < marks.length && marks[mark]! < task.ts) mark++;
      return mark < marks.length && marks[mark]! <= task.ts + task.dur!;
    };
  };
  const ranScript = within(scriptMarks);
  const ranJavaScript = within(javaScript);
  return {
    tasks: tasks.map((task) => ({
      start: task.ts / 1000,
      duration: task.dur! / 1000,
      cpu: (task.tdur ?? task.dur!) / 1000,
      ranScript: ranScript(task),
      ranJavaScript: ranJavaScript(task),
    })),
    domContentLoaded: contentLoaded ? contentLoaded.ts / 1000 : undefined,
  };
}
