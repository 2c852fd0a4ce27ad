// Serves saved site pages over HTTPS on 127.0.0.1 and picks the page by the request's Host header,
// so a Chromium told to resolve every host name here (real-host-browser.ts) loads
// https://mail.google.com/ with location.hostname "mail.google.com" and the Gmail adapter runs.
// The certificate is a throwaway one made by the openssl CLI; Chromium is told to accept it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SitePage {
  /** The HTML the server sends for this host. */
  html: string;
}

export interface RealHostServer {
  port: number;
  close(): Promise<void>;
}

/** A self-signed certificate for this run only (nothing is kept once the server is up). */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'prospect-guard-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=prospect-guard-test'],
      {
        stdio: 'ignore',
      },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `pages` maps a host name to its page; `assets` maps a path to a script every page may load.
 * Any other host or path gets a 404, so a page can reach nothing outside this machine.
 */
export async function startRealHostServer(
  pages: ReadonlyMap<string, SitePage>,
  assets: ReadonlyMap<string, string>,
): Promise<RealHostServer> {
  const server = createServer(throwawayCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(request.url ?? '/', 'https://localhost').pathname;
    const asset = assets.get(path);
    if (asset !== undefined) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(asset);
      return;
    }
    const page = pages.get(host);
    if (!page || path.startsWith('/__')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`No saved page for ${host}${path}`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Chromium switches that send every host name to the server (localhost excepted) and accept its certificate. */
export function realHostSwitches(port: number): string[] {
  return [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`, '--ignore-certificate-errors'];
}
