// The transport to a real Convex deployment, through the panel's ConvexClient
// (extension/account/cloud-client.ts). Files go to Convex file storage through
// upload URLs: https://docs.convex.dev/file-storage/upload-files
import type { ConvexClient } from 'convex/browser';
import { ConvexError } from 'convex/values';
import { api } from '../../convex/_generated/api';
import { withPushedFields } from '../../shared/sync/push-answer';
import { pushArgs } from './push-args';
import { SyncTransportError, type SyncTransport } from './transport';

/** A call that has not answered in this long counts as offline (ConvexClient waits for the connection forever). */
export const CALL_TIMEOUT_MS = 30_000;

function asSyncError(error: unknown): SyncTransportError {
  if (error instanceof SyncTransportError) return error;
  if (error instanceof ConvexError) {
    const message = typeof error.data === 'string' ? error.data : JSON.stringify(error.data);
    return new SyncTransportError(message === 'Not signed in' ? 'signed-out' : 'refused', message);
  }
  // fetch rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return new SyncTransportError('offline', error.message);
  return new SyncTransportError('refused', error instanceof Error ? error.message : String(error));
}

async function guarded<T>(call: () => Promise<T>): Promise<T> {
  if (globalThis.navigator?.onLine === false) throw new SyncTransportError('offline', 'The browser is offline');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SyncTransportError('offline', `No answer in ${CALL_TIMEOUT_MS / 1000} s`)),
      CALL_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([call(), timeout]);
  } catch (error) {
    throw asSyncError(error);
  } finally {
    clearTimeout(timer);
  }
}

export function convexTransport(client: ConvexClient, fetchFn: typeof fetch = fetch): SyncTransport {
  return {
    push: (rows, files) =>
      guarded(async () => withPushedFields(rows, await client.mutation(api.sync.push, pushArgs(rows, files)))),
    pull: (after, limit) => guarded(() => client.query(api.sync.pull, { after, limit })),
    startUploads: (hashes) => guarded(() => client.mutation(api.files.startUploads, { hashes: [...hashes] })),
    uploadFile: (url, bytes) =>
      guarded(async () => {
        const response = await fetchFn(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/octet-stream' },
          body: bytes as Uint8Array<ArrayBuffer>,
        });
        if (!response.ok) throw new SyncTransportError('refused', `Upload failed: HTTP ${response.status}`);
        return ((await response.json()) as { storageId: string }).storageId;
      }),
    downloadFile: (sha256) =>
      guarded(async () => {
        const url = await client.query(api.files.url, { sha256 });
        if (url === null) return null;
        const response = await fetchFn(url);
        if (!response.ok) throw new SyncTransportError('refused', `Download failed: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    watchHead: (onHead) => {
      // Refused (signed out, age not confirmed yet), the head is simply unknown: the sync itself says why in
      // the settings. Without an onError the client would throw it in the page.
      const unsubscribe = client.onUpdate(api.sync.head, {}, onHead, () => undefined);
      return () => unsubscribe();
    },
  };
}
