// One conditional request for a subscription's list. With host permission the request carries
// If-None-Match / If-Modified-Since itself; without it (a policy list, fetched under CORS) those
// headers would force a preflight most static hosts refuse, so the browser's HTTP cache makes the
// request conditional instead (cache: 'no-cache') and an unchanged body is recognised by its text.
import type { FetchState } from '../model/list-sources';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'copy'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; message: string; blockedByCors: boolean };

const MAX_LIST_BYTES = 32 * 1024 * 1024;

export async function fetchListCopy(
  fetchFn: FetchLike,
  url: string,
  previous: FetchState | undefined,
  options: { withHostPermission: boolean },
): Promise<FetchOutcome> {
  const host = hostOf(url);
  const headers: Record<string, string> = {};
  if (options.withHostPermission) {
    if (previous?.etag) headers['If-None-Match'] = previous.etag;
    if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers,
      cache: options.withHostPermission ? 'no-store' : 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch {
    if (!options.withHostPermission && (await answersWithoutCors(fetchFn, url))) {
      return {
        kind: 'failed',
        blockedByCors: true,
        message: `The server at ${host} answered, but without an Access-Control-Allow-Origin header, so the browser does not let Prospect Guard read the list; the server must send that header.`,
      };
    }
    return { kind: 'failed', blockedByCors: false, message: `The server at ${host} could not be reached.` };
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) {
    return { kind: 'failed', blockedByCors: false, message: `The server at ${host} answered HTTP ${response.status} instead of the list.` };
  }
  const length = Number(response.headers.get('Content-Length') ?? '0');
  if (length > MAX_LIST_BYTES) {
    return {
      kind: 'failed',
      blockedByCors: false,
      message: `The list at ${host} is larger than 32 MB, which is more than a team list can be.`,
    };
  }
  const text = await response.text();
  const outcome: FetchOutcome = { kind: 'copy', text };
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) outcome.etag = etag;
  if (lastModified) outcome.lastModified = lastModified;
  return outcome;
}

/** Whether the server answers at all: an opaque no-cors response means only the CORS header is missing. */
async function answersWithoutCors(fetchFn: FetchLike, url: string): Promise<boolean> {
  try {
    const response = await fetchFn(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return response.type === 'opaque' || response.ok;
  } catch {
    return false;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
