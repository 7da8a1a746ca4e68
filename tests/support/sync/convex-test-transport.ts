// The sync transport against convex-test: the same public functions the
// ConvexClient transport calls. Uploads store the bytes as Convex's upload URL
// would (convex-test has no HTTP server); the push that follows records them. convex-test has no subscriptions, so pushes publish the new head
// to every device's watchHead, as Convex would push the query's new value.
import type { TestConvex } from 'convex-test';
import { api } from '../../../convex/_generated/api';
import type schema from '../../../convex/schema';
import type { SyncTransport } from '../../../extension/sync';
import { pushArgs } from '../../../extension/sync/push-args';
import { withPushedFields } from '../../../shared/sync/push-answer';
import { asAdult } from '../adult-athlete';

type Athlete = Awaited<ReturnType<typeof asAdult>>;

type Tester = TestConvex<typeof schema>;
export interface Identity {
  readonly issuer: string;
  readonly subject: string;
  readonly [claim: string]: string;
}

/** Every device's head subscription, told when any push lands. */
export class HeadHub {
  private readonly listeners = new Set<() => void>();
  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  publish(): void {
    for (const listener of this.listeners) listener();
  }
}

function base64OfHex(hex: string): string {
  return btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((b) => Number.parseInt(b, 16))));
}

/**
 * The sync functions as an athlete who has confirmed being 16 or older (sync refuses anyone else):
 * every call waits for that confirmation, made once.
 */
export function convexTestTransport(t: Tester, identity: Identity, hub: HeadHub = new HeadHub()): SyncTransport {
  let adult: ReturnType<typeof asAdult> | null = null;
  const athlete = () => (adult ??= asAdult(t, identity));
  const as = {
    mutation: (async (ref, ...args) => (await athlete()).mutation(ref, ...args)) as Athlete['mutation'],
    query: (async (ref, ...args) => (await athlete()).query(ref, ...args)) as Athlete['query'],
  };
  return {
    async push(rows, files) {
      const answer = await as.mutation(api.sync.push, pushArgs(rows, files));
      hub.publish();
      return withPushedFields(rows, answer);
    },
    pull: (after, limit) => as.query(api.sync.pull, { after, limit }),
    startUploads: (hashes) => as.mutation(api.files.startUploads, { hashes: [...hashes] }),
    // What Convex's upload URL does: store the bytes, answer their storage id.
    uploadFile: (_url, bytes) => t.run((ctx) => ctx.storage.store(new Blob([bytes as Uint8Array<ArrayBuffer>]))),
    async downloadFile(sha256) {
      if ((await as.query(api.files.url, { sha256 })) === null) return null;
      // Handed out through the closure: returned, the bytes would go through convex-test's encoding of values
      // (base64 there and back), most of a large download's time.
      let bytes: Uint8Array | null = null;
      await t.run(async (ctx) => {
        const stored = (await ctx.db.system.query('_storage').collect()).find((s) => s.sha256 === base64OfHex(sha256));
        const blob = stored === undefined ? null : await ctx.storage.get(stored._id);
        bytes = blob === null ? null : new Uint8Array(await blob.arrayBuffer());
        return null;
      });
      return bytes;
    },
    watchHead(onHead) {
      const tell = () => void as.query(api.sync.head, {}).then(onHead);
      tell();
      return hub.watch(tell);
    },
  };
}
