// Everything stored locally, as plain data: every table's live rows and the
// original files. Tombstones stay out: a deleted row is not the athlete's data
// any more, only a note for sync. The export is complete and machine-readable.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { originalBytes } from './original-bytes';
import { TABLE_NAMES, type SourceRow, type TableName } from './records';
import { LATEST_VERSION } from './schema-versions';
import { toJson, type Json } from './to-json';

export interface ExportedFile {
  /** Path in the export: "sources/<first 12 hex of the hash>-<file name>". */
  readonly path: string;
  readonly contentHash: string;
  readonly bytes: Uint8Array;
}

export interface LocalExport {
  readonly schemaVersion: number;
  readonly exportedAt: number;
  /** Rows per table; a source row names its file's `path` instead of holding the bytes. */
  readonly tables: Record<TableName, Json[]>;
  readonly files: ExportedFile[];
}

/**
 * Where a source's bytes go in the export. The hash prefix keeps two files of
 * one name apart; ".gz" is dropped because the stored bytes are the decoded file.
 */
export function sourcePath(source: Pick<SourceRow, 'contentHash' | 'file'>): string {
  const name = (source.file.split('/').pop() ?? source.file).replace(/\.gz$/i, '');
  return `sources/${source.contentHash.slice(0, 12)}-${name}`;
}

export async function exportAll(handle: SessionsDb): Promise<LocalExport> {
  const db = tablesOf(handle);
  // One read transaction: the export is a consistent snapshot even while an import runs.
  const { tables, sources } = await db.transaction('r', db.tables, async () => {
    const tables = {} as Record<TableName, Json[]>;
    for (const name of TABLE_NAMES) {
      if (name === 'sources') continue; // below: the bytes go to files, not into JSON
      const rows: unknown[] = await db.table(name).filter(isLive).toArray();
      tables[name] = rows.map((row) => toJson(row) ?? null);
    }
    const sources = await db.sources.filter(isLive).toArray();
    tables.sources = sources.map(
      ({ bytes: _file, ...described }) => toJson({ ...described, path: sourcePath(described) }) ?? null,
    );
    return { tables, sources };
  });
  // The files' bytes are read after the transaction: reading a Blob would end it.
  const files: ExportedFile[] = [];
  for (const source of sources)
    files.push({ path: sourcePath(source), contentHash: source.contentHash, bytes: await originalBytes(source) });
  return { schemaVersion: LATEST_VERSION, exportedAt: Date.now(), tables, files };
}
