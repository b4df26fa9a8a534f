/**
 * Wraps an async job so that calls made while it runs join the run in flight instead of
 * starting another: alarms, the browser starting and a click on "Refresh" can all ask at once.
 */
export function singleFlight<Args extends unknown[], Result>(job: (...args: Args) => Promise<Result>) {
  let inFlight: Promise<Result> | undefined;
  const run = (...args: Args): Promise<Result> => {
    inFlight ??= job(...args).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
  return Object.assign(run, { isRunning: () => inFlight !== undefined });
}
