// A transport that counts what crosses the wire: requests, and bytes of
// arguments as JSON (what the Convex client sends) plus file bodies; and the
// time spent inside it, which against convex-test is the server's share.
import type { SyncTransport } from '../../extension/sync';
import { pushArgs } from '../../extension/sync/push-args';

export interface WireCount {
  requests: number;
  bytesUp: number;
  bytesDown: number;
  pushes: number;
  pushBytes: number;
  /** Milliseconds inside the inner transport's calls. */
  serverMs: number;
  /** Milliseconds this transport spent counting (the JSON of arguments and answers): the bench's own, not sync's. */
  countingMs: number;
}

export const newCount = (): WireCount => ({
  requests: 0,
  bytesUp: 0,
  bytesDown: 0,
  pushes: 0,
  pushBytes: 0,
  serverMs: 0,
  countingMs: 0,
});

const size = (value: unknown) => (value === null || value === undefined ? 0 : JSON.stringify(value).length);

export function countingTransport(inner: SyncTransport, count: () => WireCount): SyncTransport {
  // Takes what to measure as a function: making it (a push's arguments as they cross the wire) is counting too.
  const measure = (value: () => unknown) => {
    const started = performance.now();
    const bytes = size(value());
    count().countingMs += performance.now() - started;
    return bytes;
  };
  // Bytes up: the arguments' JSON, measured once (a push's is most of the upload's bytes), or a file's bytes.
  const call = async <T>(bytesUp: number, run: () => Promise<T>): Promise<T> => {
    const c = count();
    c.requests++;
    c.bytesUp += bytesUp;
    const started = performance.now();
    const answer = await run();
    c.serverMs += performance.now() - started;
    c.bytesDown += answer instanceof Uint8Array ? answer.length : measure(() => answer);
    return answer;
  };
  return {
    push: (rows, files) => {
      const c = count();
      const bytes = measure(() => pushArgs(rows, files));
      c.pushes++;
      c.pushBytes += bytes;
      return call(bytes, () => inner.push(rows, files));
    },
    pull: (after, limit) =>
      call(
        measure(() => ({ after, limit })),
        () => inner.pull(after, limit),
      ),
    startUploads: (hashes) =>
      call(
        measure(() => ({ hashes })),
        () => inner.startUploads(hashes),
      ),
    // A POST of the bytes alone.
    uploadFile: (url, bytes) => call(bytes.length, () => inner.uploadFile(url, bytes)),
    // A download is two: the URL, then the GET.
    downloadFile: async (sha256) => {
      count().requests += 1;
      return call(
        measure(() => ({ sha256 })),
        () => inner.downloadFile(sha256),
      );
    },
    watchHead: (onHead) => inner.watchHead(onHead),
  };
}
