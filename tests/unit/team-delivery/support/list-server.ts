// A real HTTP server on 127.0.0.1 that serves one team list the way a static host does: ETag and
// Last-Modified, 304 to a matching conditional request, and whatever status a test sets.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListServer {
  url: string;
  /** Serve this body from now on (a new ETag), or answer every request with `status`. */
  serve(body: string): void;
  fail(status: number): void;
  /** The request headers the server received, oldest first. */
  requests: IncomingHttpHeaders[];
  /** How many answers were 304. */
  notModified: number;
  close(): Promise<void>;
}

export async function startListServer(options: { cors?: boolean } = {}): Promise<ListServer> {
  let body = '';
  let etag = '';
  let lastModified = '';
  let failing = 0;
  let version = 0;
  const state: Pick<ListServer, 'requests' | 'notModified'> = { requests: [], notModified: 0 };
  const server: Server = createServer((request, response) => {
    state.requests.push(request.headers);
    if (options.cors) response.setHeader('Access-Control-Allow-Origin', '*');
    if (failing) {
      response.writeHead(failing, { 'Content-Type': 'text/plain' }).end('Server error');
      return;
    }
    if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
      state.notModified++;
      response.writeHead(304, { ETag: etag, 'Last-Modified': lastModified }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Last-Modified': lastModified }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sales-emea.json`,
    serve(next) {
      body = next;
      failing = 0;
      version++;
      etag = `"list-${version}"`;
      lastModified = new Date(Date.UTC(2026, 10, 27, 9, version)).toUTCString();
    },
    fail(status) {
      failing = status;
    },
    get requests() {
      return state.requests;
    },
    get notModified() {
      return state.notModified;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
