// A local page with a plain text area and a rich-text box, served on a random free port, for
// tests and screenshots that need a web page under the popup.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Compose</title>
<style>body{font:15px system-ui;margin:40px}textarea,div[contenteditable]{display:block;width:560px;min-height:120px;margin:12px 0;padding:8px;border:1px solid #999}</style>
</head><body><h1>New message</h1>
<label>To <input id="to" value="someone@elsewhere.example"></label>
<textarea id="body" aria-label="Message"></textarea>
<div id="rich" contenteditable="true" aria-label="Rich message"></div>
<button id="send">Send</button></body></html>`;

export interface ComposePageServer {
  url: string;
  close(): Promise<void>;
}

export async function startComposePageServer(): Promise<ComposePageServer> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
