// The HTTP side of Convex file storage on the wire server: the POST to an
// upload URL (answering {storageId}, https://docs.convex.dev/file-storage/upload-files)
// and the GET of a file's URL, stored in convex-test's storage. Extension
// pages fetch these cross-origin, so the answers carry CORS headers as
// Convex's do.
import type { TestConvex } from 'convex-test';
import type schema from '../../../convex/schema';
import type { StorageUrls } from './storage-urls';
import type { WireBackend } from './wire-backend';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

function answer(status: number, body: BodyInit | null, type = 'text/plain'): Response {
  return new Response(body, { status, headers: { ...CORS, 'Content-Type': type } });
}

export function storageHttp(t: TestConvex<typeof schema>, backend: WireBackend, urls: StorageUrls) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
    if (request.method === 'POST' && url.pathname === '/api/storage/upload') {
      if (!urls.spendUploadToken(url.searchParams.get('token') ?? ''))
        return answer(401, 'This upload URL is unknown or already used');
      const blob = new Blob([await request.arrayBuffer()], {
        type: request.headers.get('Content-Type') ?? undefined,
      });
      const storageId = await backend.exclusive(() => t.run((ctx) => ctx.storage.store(blob)));
      return answer(200, JSON.stringify({ storageId }), 'application/json');
    }
    if (request.method === 'GET' && url.pathname.startsWith('/api/storage/')) {
      // convex-test's file URLs name the file by its SHA-256 in base64.
      const sha256 = decodeURIComponent(url.pathname.slice('/api/storage/'.length));
      const bytes = await backend.exclusive(() =>
        t.run(async (ctx) => {
          const stored = await ctx.db.system
            .query('_storage')
            .filter((q) => q.eq(q.field('sha256'), sha256))
            .first();
          const blob = stored === null ? null : await ctx.storage.get(stored._id);
          return blob === null ? null : await blob.arrayBuffer();
        }),
      );
      return bytes === null ? answer(404, 'No such file') : answer(200, bytes, 'application/octet-stream');
    }
    return answer(404, `Nothing is served at ${request.method} ${url.pathname}`);
  };
}
