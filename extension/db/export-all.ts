// Everything stored locally, as plain data: every table's live rows and the
// original files. Tombstones stay out: a deleted row is not the athlete's data
// any more, only a note for sync. The export is complete and machine-readable.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
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

export function exportAll(handle: SessionsDb): Promise<LocalExport> {
  const db = tablesOf(handle);
  // One read transaction: the export is a consistent snapshot even while an import runs.
  return db.transaction('r', db.tables, async () => {
    const tables = {} as Record<TableName, Json[]>;
    const files: ExportedFile[] = [];
    for (const name of TABLE_NAMES) {
      if (name === 'sources') continue; // below: the bytes go to files, not into JSON
      const rows: unknown[] = await db.table(name).filter(isLive).toArray();
      tables[name] = rows.map((row) => toJson(row) ?? null);
    }
    tables.sources = (await db.sources.filter(isLive).toArray()).map((source) => {
      const { bytes, ...described } = source;
      const path = sourcePath(source);
      files.push({ path, contentHash: source.contentHash, bytes });
      return toJson({ ...described, path }) ?? null;
    });
    return { schemaVersion: LATEST_VERSION, exportedAt: Date.now(), tables, files };
  });
}
