// The export as one zip (fflate, https://github.com/101arrowz/fflate#usage):
// manifest.json, <table>.json for each table, streams/<session id>.json (one
// file per session: a whole library's samples in one JSON string would pass
// V8's string length limit), and sources/<file> with the original bytes.
// fflate is loaded when a zip is made: this module sits behind db/index.ts,
// which the side panel loads at startup, and fflate builds its tables as it loads.
import type { SessionsDb } from './database';
import { exportAll, type LocalExport } from './export-all';
import { TABLE_NAMES } from './records';
import type { Json } from './to-json';

const utf8 = new TextEncoder();
const jsonBytes = (value: Json) => utf8.encode(JSON.stringify(value, null, 1));

/** The local export's files, by their path in the zip. */
export function localZipEntries(data: LocalExport): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {
    'manifest.json': jsonBytes({
      app: 'SessionsAI',
      schemaVersion: data.schemaVersion,
      exportedAt: new Date(data.exportedAt).toISOString(),
      tables: [...TABLE_NAMES],
    }),
  };
  for (const name of TABLE_NAMES) {
    if (name !== 'streams') entries[`${name}.json`] = jsonBytes(data.tables[name]);
  }
  for (const row of data.tables.streams) {
    // Every row has a string id (records.ts, SyncMeta); for streams it is the session's.
    const id = (row as { readonly id: string }).id;
    entries[`streams/${id}.json`] = jsonBytes(row);
  }
  // Workout files are binary and mostly compressed already (FIT) or compress
  // well (GPX/TCX); level 6 is fflate's default either way.
  for (const file of data.files) entries[file.path] = file.bytes;
  return entries;
}

export async function exportZip(db: SessionsDb): Promise<Uint8Array> {
  const [{ zipSync }, data] = await Promise.all([import('fflate'), exportAll(db)]);
  return zipSync(localZipEntries(data));
}
