import { v } from 'convex/values';
import { userMutation, userQuery } from './lib/functions';
import { checkFileCount } from './lib/registerUploads';
import { findFile } from './lib/syncRows';

// Samples and original files in Convex file storage, addressed by their
// SHA-256 (hex): the same file from two devices is stored once per athlete.
// https://docs.convex.dev/file-storage/upload-files
// Uploads are recorded by the push whose rows name them (sync:push, convex/lib/registerUploads.ts).

/**
 * Before a push with files: which of these files (SHA-256, hex) the athlete already has, and a short-lived URL
 * to POST each other one to (its answer names the storage id the push then brings).
 */
export const startUploads = userMutation({
  needsConfirmedAge: true,
  args: { hashes: v.array(v.string()) },
  returns: v.object({
    stored: v.array(v.string()),
    uploads: v.array(v.object({ sha256: v.string(), url: v.string() })),
  }),
  handler: async (ctx, { hashes }) => {
    checkFileCount(hashes.length);
    const distinct = [...new Set(hashes)];
    const found = await Promise.all(distinct.map((h) => findFile(ctx, ctx.user._id, h)));
    const stored = distinct.filter((_, i) => found[i] !== null);
    const missing = distinct.filter((_, i) => found[i] === null);
    const urls = await Promise.all(missing.map(() => ctx.storage.generateUploadUrl()));
    return { stored, uploads: missing.map((sha256, i) => ({ sha256, url: urls[i]! })) };
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
