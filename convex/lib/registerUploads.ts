import { ConvexError, v } from 'convex/values';
import type { Id } from '../_generated/dataModel';
import type { MutationCtx } from '../_generated/server';
import { MAX_FILES_PER_CALL } from '../../shared/sync/tables';
import { findFile } from './syncRows';

// A push brings the files its rows name, uploaded just before (files:startUploads handed out the URLs), and
// records them in the same transaction as the rows: a file is registered only together with a row naming it,
// so no upload waits registered and unnamed, and the rows' check that they name the athlete's own files needs
// no lookup for these.

export const uploadedFileValidator = v.object({ sha256: v.string(), storageId: v.id('_storage') });

const SHA256_HEX = /^[0-9a-f]{64}$/;

function hexOfBase64(base64: string): string {
  return Array.from(atob(base64), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

export function checkFileCount(count: number): void {
  if (count > MAX_FILES_PER_CALL) throw new ConvexError(`At most ${MAX_FILES_PER_CALL} files at once, not ${count}`);
}

export interface Registered {
  /** Every file of the call the athlete now has, by SHA-256. */
  readonly held: ReadonlySet<string>;
  /** The files this call added. */
  readonly added: readonly string[];
}

/**
 * Records each uploaded file under its SHA-256, after checking the stored bytes have that hash. A file the
 * athlete already has is left as it is (its second upload unused, never deleted here: a storage id proves
 * nothing about who uploaded it), so a replayed push changes nothing. A storage id someone already registered is
 * refused: knowing it must not give another athlete their file. One file refused refuses the push.
 */
export async function registerUploads(
  ctx: MutationCtx,
  userId: Id<'users'>,
  files: readonly { sha256: string; storageId: Id<'_storage'> }[],
): Promise<Registered> {
  checkFileCount(files.length);
  const held = new Set<string>();
  const added: string[] = [];
  for (const { sha256, storageId } of files) {
    if (!SHA256_HEX.test(sha256)) throw new ConvexError(`Not a SHA-256 in hex: ${sha256}`);
    const stored = await ctx.db.system.get(storageId);
    if (stored === null)
      throw new ConvexError(`No uploaded file for ${sha256}: upload it first (storage id ${storageId})`);
    if (hexOfBase64(stored.sha256) !== sha256) throw new ConvexError(`The uploaded file's SHA-256 is not ${sha256}`);
    const claimed = await ctx.db
      .query('syncFiles')
      .withIndex('by_storage', (q) => q.eq('storageId', storageId))
      .first();
    if (claimed !== null && claimed.userId !== userId) throw new ConvexError('That upload is not yours');
    held.add(sha256);
    if ((await findFile(ctx, userId, sha256)) !== null) continue;
    await ctx.db.insert('syncFiles', { userId, sha256, storageId, size: stored.size });
    added.push(sha256);
  }
  return { held, added };
}
