// A minimal client for the Chrome DevTools Protocol over --remote-debugging-pipe: the browser
// reads commands on its fd 3 and writes answers and events on its fd 4, each message JSON
// ending in a NUL byte. Only the process that started the browser holds the pipe.

export function connectPipe(toBrowser, fromBrowser) {
  let nextId = 1;
  let closed = false;
  let buffer = '';
  const pending = new Map();
  const listeners = new Set();

  const dispatch = (message) => {
    if (message.id === undefined) {
      for (const listener of listeners) listener(message);
      return;
    }
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
    else call?.resolve(message.result);
  };
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const text = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      dispatch(JSON.parse(text));
    }
  });
  fromBrowser.on('close', () => {
    closed = true;
    for (const call of pending.values()) call.reject(new Error(`${call.method}: the browser has gone.`));
    pending.clear();
  });
  // A write after the browser exited fails with EPIPE; the pending calls say so already.
  toBrowser.on('error', () => undefined);

  const client = {
    /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
    send(method, params = {}, sessionId) {
      if (closed) return Promise.reject(new Error(`${method}: the browser has gone.`));
      const id = nextId++;
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((resolve, reject) => pending.set(id, { method, resolve, reject }));
    },
    /** Calls `listener` with every event; returns the function that stops it. */
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The params of the first `method` event that passes `test`, or a rejection after `timeoutMs`. */
    waitFor(method, test, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`No ${method} within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        const stop = client.on((message) => {
          if (message.method !== method || !test(message.params)) return;
          clearTimeout(timer);
          stop();
          resolve(message.params);
        });
      });
    },
  };
  return client;
}
