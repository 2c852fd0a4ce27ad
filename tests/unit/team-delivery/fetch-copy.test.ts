// How a fetch outcome is read. The HTTP cases run against a real server in
// list-source-service.test.ts; here, what only a browser does: refuse a cross-origin read
// without Access-Control-Allow-Origin (a TypeError) while a no-cors request still gets through.
import { describe, expect, it } from 'vitest';
import { fetchListCopy, type FetchLike } from '../../../utils/team-delivery/fetch-copy';

const URL_ = 'https://lists.example.com/sales-emea.json';

/** A browser's fetch toward a host that answers but sends no CORS header. */
const browserWithoutCorsHeader: FetchLike = async (_url, init) => {
  if (init.mode === 'no-cors') return { type: 'opaque', ok: false, status: 0 } as Response;
  throw new TypeError('Failed to fetch');
};
const hostDown: FetchLike = async () => {
  throw new TypeError('Failed to fetch');
};

describe('a list fetch without host permission', () => {
  it('tells a missing Access-Control-Allow-Origin header from a host that is down', async () => {
    expect(await fetchListCopy(browserWithoutCorsHeader, URL_, undefined, { withHostPermission: false })).toEqual({
      kind: 'failed',
      blockedByCors: true,
      message:
        'The server at lists.example.com answered, but without an Access-Control-Allow-Origin header, so the browser does not let Prospect Guard read the list; the server must send that header.',
    });
    expect(await fetchListCopy(hostDown, URL_, undefined, { withHostPermission: false })).toEqual({
      kind: 'failed',
      blockedByCors: false,
      message: 'The server at lists.example.com could not be reached.',
    });
  });

  it('sends no If-None-Match of its own (a preflight most static hosts refuse) and lets the HTTP cache revalidate', async () => {
    const seen: RequestInit[] = [];
    const recording: FetchLike = async (_url, init) => {
      seen.push(init);
      return new Response('{}', { status: 200 });
    };
    await fetchListCopy(
      recording,
      URL_,
      { failures: 0, etag: '"v1"', lastModified: 'Thu, 27 Nov 2026 09:00:00 GMT' },
      { withHostPermission: false },
    );
    await fetchListCopy(
      recording,
      URL_,
      { failures: 0, etag: '"v1"', lastModified: 'Thu, 27 Nov 2026 09:00:00 GMT' },
      { withHostPermission: true },
    );
    expect(seen.map((init) => [init.cache, init.headers])).toEqual([
      ['no-cache', {}],
      ['no-store', { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Thu, 27 Nov 2026 09:00:00 GMT' }],
    ]);
  });
});
