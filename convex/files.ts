import { ConvexError, v } from 'convex/values';
import { internal } from './_generated/api';
import { internalMutation, userMutation, userQuery } from './lib/functions';
import { MAX_FILES_PER_CALL } from '../shared/sync/tables';
import { findFile, releaseUnnamed } from './lib/syncRows';

// Samples and original files in Convex file storage, addressed by their
// SHA-256 (hex): the same file from two devices is stored once per athlete.
// https://docs.convex.dev/file-storage/upload-files

/**
 * A device pushes the rows naming its uploads right after uploading them; an upload no row names a day later
 * (its push never came, or lost, or arrived late as a duplicate) is collected. A device that pushes later
 * still finds the file missing and uploads it again.
 */
export const UNNAMED_UPLOAD_GRACE_MS = 24 * 60 * 60 * 1000;
const SHA256_HEX = /^[0-9a-f]{64}$/;

function hexOfBase64(base64: string): string {
  return Array.from(atob(base64), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

function checkCount(count: number) {
  if (count > MAX_FILES_PER_CALL) throw new ConvexError(`At most ${MAX_FILES_PER_CALL} files at once, not ${count}`);
}

/**
 * The first of a batch's two file calls: which of these files (SHA-256, hex) the athlete already has, and a
 * short-lived URL to POST each other one to (its answer names the storage id for `register`).
 */
export const startUploads = userMutation({
  needsConfirmedAge: true,
  args: { hashes: v.array(v.string()) },
  returns: v.object({
    stored: v.array(v.string()),
    uploads: v.array(v.object({ sha256: v.string(), url: v.string() })),
  }),
  handler: async (ctx, { hashes }) => {
    checkCount(hashes.length);
    const distinct = [...new Set(hashes)];
    const found = await Promise.all(distinct.map((h) => findFile(ctx, ctx.user._id, h)));
    const stored = distinct.filter((_, i) => found[i] !== null);
    const missing = distinct.filter((_, i) => found[i] === null);
    const urls = await Promise.all(missing.map(() => ctx.storage.generateUploadUrl()));
    return { stored, uploads: missing.map((sha256, i) => ({ sha256, url: urls[i]! })) };
  },
});

/**
 * The second: records each uploaded file under its SHA-256, after checking the stored bytes have that hash. A
 * file the athlete already has is left as it is (its second upload unused, never deleted here: a storage id
 * proves nothing about who uploaded it), so a replayed call changes nothing. A storage id someone already
 * registered is refused: knowing it must not give another athlete their file. One file refused refuses the call.
 */
export const register = userMutation({
  needsConfirmedAge: true,
  args: { files: v.array(v.object({ sha256: v.string(), storageId: v.id('_storage') })) },
  returns: v.null(),
  handler: async (ctx, { files }) => {
    checkCount(files.length);
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
      if (claimed !== null && claimed.userId !== ctx.user._id) throw new ConvexError('That upload is not yours');
      if ((await findFile(ctx, ctx.user._id, sha256)) !== null) continue;
      await ctx.db.insert('syncFiles', { userId: ctx.user._id, sha256, storageId, size: stored.size });
      added.push(sha256);
    }
    if (added.length > 0)
      await ctx.scheduler.runAfter(UNNAMED_UPLOAD_GRACE_MS, internal.files.collectUnnamed, {
        userId: ctx.user._id,
        hashes: added,
      });
    return null;
  },
});

/** Scheduled by `register`: the uploads go unless a row names them by now. */
export const collectUnnamed = internalMutation({
  args: { userId: v.id('users'), hashes: v.array(v.string()) },
  returns: v.null(),
  handler: async (ctx, { userId, hashes }) => {
    await releaseUnnamed(ctx, userId, hashes);
    return null;
  },
});

/** Where to download one of the athlete's files, or null when they have none with this hash. */
export const url = userQuery({
  needsConfirmedAge: true,
  args: { sha256: v.string() },
  returns: v.union(v.string(), v.null()),
  handler: async (ctx, { sha256 }) => {
    if (ctx.user === null) return null;
    const file = await findFile(ctx, ctx.user._id, sha256);
    return file === null ? null : ctx.storage.getUrl(file.storageId);
  },
});
