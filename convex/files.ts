import { ConvexError, v } from 'convex/values';
import { internal } from './_generated/api';
import { internalMutation, userMutation, userQuery } from './lib/functions';
import { findFile, releaseUnnamed } from './lib/syncRows';

// Samples and original files in Convex file storage, addressed by their
// SHA-256 (hex): the same file from two devices is stored once per athlete.
// https://docs.convex.dev/file-storage/upload-files

const MAX_HASHES = 100;
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

/** Which of these files the athlete has not uploaded yet. */
export const missing = userQuery({
  needsConfirmedAge: true,
  args: { hashes: v.array(v.string()) },
  returns: v.array(v.string()),
  handler: async (ctx, { hashes }) => {
    if (hashes.length > MAX_HASHES) throw new ConvexError(`Ask about at most ${MAX_HASHES} files at once`);
    const user = ctx.user;
    if (user === null) return [...hashes];
    const found = await Promise.all(hashes.map((h) => findFile(ctx, user._id, h)));
    return hashes.filter((_, i) => found[i] === null);
  },
});

/** A short-lived URL to POST one file to; the answer names its storage id for `register`. */
export const generateUploadUrl = userMutation({
  needsConfirmedAge: true,
  args: {},
  returns: v.string(),
  handler: (ctx) => ctx.storage.generateUploadUrl(),
});

/**
 * Records an uploaded file under its SHA-256, after checking the stored bytes
 * have that hash. A second upload of a file already recorded is left unused
 * (never deleted here: a storage id proves nothing about who uploaded it). A
 * storage id someone already registered is refused: knowing it must not give
 * another athlete their file.
 */
export const register = userMutation({
  needsConfirmedAge: true,
  args: { sha256: v.string(), storageId: v.id('_storage') },
  returns: v.null(),
  handler: async (ctx, { sha256, storageId }) => {
    if (!SHA256_HEX.test(sha256)) throw new ConvexError(`Not a SHA-256 in hex: ${sha256}`);
    const stored = await ctx.db.system.get(storageId);
    if (stored === null) throw new ConvexError('No such uploaded file');
    if (hexOfBase64(stored.sha256) !== sha256) throw new ConvexError(`The uploaded file's SHA-256 is not ${sha256}`);
    const claimed = await ctx.db
      .query('syncFiles')
      .withIndex('by_storage', (q) => q.eq('storageId', storageId))
      .first();
    if (claimed !== null && claimed.userId !== ctx.user._id) throw new ConvexError('That upload is not yours');
    if ((await findFile(ctx, ctx.user._id, sha256)) !== null) return null;
    await ctx.db.insert('syncFiles', { userId: ctx.user._id, sha256, storageId, size: stored.size });
    await ctx.scheduler.runAfter(UNNAMED_UPLOAD_GRACE_MS, internal.files.collectUnnamed, {
      userId: ctx.user._id,
      sha256,
    });
    return null;
  },
});

/** Scheduled by `register`: the upload goes unless a row names it by now. */
export const collectUnnamed = internalMutation({
  args: { userId: v.id('users'), sha256: v.string() },
  returns: v.null(),
  handler: async (ctx, { userId, sha256 }) => {
    await releaseUnnamed(ctx, userId, [sha256]);
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
