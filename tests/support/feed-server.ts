import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** Origin on loopback, e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Handlers by path (with query), replaceable while the server runs. */
  routes: Map<string, RouteHandler>;
  /** Every request seen, in order: method, host header, path and headers. */
  requests: { method: string; host: string; path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * A real local HTTP(S) server for feeds and pages, on 127.0.0.1 only. Paths are looked up
 * with and without the Host header ("host/path" first), so one server can stand in for many
 * sites reached under their real names.
 */
export async function startTestServer(tls?: { key: string; cert: string }): Promise<TestServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: TestServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ method: request.method ?? 'GET', host, path, headers: request.headers });
    const handler = routes.get(`${host}${path}`) ?? routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await handler(request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500).end();
    }
  };
  const server: Server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves a body with optional validators and honours conditional requests. */
export function serveFeed(
  body: () => string,
  options: { etag?: () => string; lastModified?: () => string; contentType?: string } = {},
): RouteHandler {
  return (request, response) => {
    const etag = options.etag?.();
    const lastModified = options.lastModified?.();
    const headers: Record<string, string> = {
      'Content-Type': options.contentType ?? 'application/rss+xml; charset=utf-8',
    };
    if (etag) headers.ETag = etag;
    if (lastModified) headers['Last-Modified'] = lastModified;
    const fresh =
      (etag && request.headers['if-none-match'] === etag) ||
      (!etag && lastModified && request.headers['if-modified-since'] === lastModified);
    if (fresh) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, headers).end(body());
  };
}
