// The server's copy of the athlete's data, read a page at a time through the
// exportMine queries (convex/exportMine.ts) when they are signed in. Signed
// out, or in a build without accounts, the export says the part is absent and why.
import type { ConvexClient } from 'convex/browser';
import { api } from '../../convex/_generated/api';
import { jsonFile, type ExportSection } from './export-section';

/** The part of ConvexClient the export uses. */
export type ExportConvexClient = Pick<ConvexClient, 'query'>;

export type ServerCopy =
  | { readonly kind: 'signed-in'; readonly client: ExportConvexClient }
  /** `reason`: one sentence saying why the server's copy cannot be read from here. */
  | { readonly kind: 'absent'; readonly reason: string };

const PAGE_SIZE = 200;

const README = `## The server's copy (your SessionsAI account)

- \`server/rows.json\`: every row your devices synced, as the server keeps it: \`table\` (the local table it belongs
  to), \`rowId\`, \`seq\` (your account's change number of its last change), \`fields\` (each field \`n\` with its JSON
  value \`v\`, its change time \`t\` and the device \`d\` that made it). A row whose only field is \`deletedAt\` is a
  deletion on its way to your other devices.
- \`server/files.json\`: the files kept for you (original workout files and samples): \`sha256\`, \`size\` in bytes,
  \`url\` to download it. The URLs are short-lived: export again for fresh ones.
- \`server/account.json\`: \`createdAt\` (when the account was made, ISO time), \`aiUse\` (hosted-AI requests and tokens
  per UTC day or month), \`subscriptions\` (each Stripe subscription's \`status\`, \`interval\`, \`currentPeriodEnd\`,
  \`cancelAtPeriodEnd\`). Stripe keeps your payment details; SessionsAI never sees them.
`;

/** Every page of one paginated query's results. */
async function allPages<T>(
  read: (cursor: string | null) => Promise<{ page: T[]; isDone: boolean; continueCursor: string }>,
  onPage: () => void,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (;;) {
    const result = await read(cursor);
    out.push(...result.page);
    onPage();
    if (result.isDone) return out;
    cursor = result.continueCursor;
  }
}

export async function serverSection(copy: ServerCopy, onPage: () => void): Promise<ExportSection> {
  if (copy.kind === 'absent')
    return { files: {}, readme: `## The server's copy (your SessionsAI account)\n\nNot included: ${copy.reason}\n` };
  const { client } = copy;
  const paginationOpts = (cursor: string | null) => ({ paginationOpts: { numItems: PAGE_SIZE, cursor } });
  const rows = await allPages((c) => client.query(api.exportMine.rows, paginationOpts(c)), onPage);
  const files = await allPages((c) => client.query(api.exportMine.files, paginationOpts(c)), onPage);
  const account = await client.query(api.exportMine.account, {});
  return {
    files: {
      'server/rows.json': jsonFile(rows),
      'server/files.json': jsonFile(files),
      'server/account.json': jsonFile(account && { ...account, createdAt: new Date(account.createdAt).toISOString() }),
    },
    readme: README,
  };
}
