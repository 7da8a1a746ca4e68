// The export as one zip (fflate, https://github.com/101arrowz/fflate#usage):
// manifest.json, <table>.json for each table, streams/<session id>.json (one
// file per session: a whole library's samples in one JSON string would pass
// V8's string length limit), and sources/<file> with the original bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SessionsDb } from './database';
import { exportAll } from './export-all';
import { TABLE_NAMES } from './records';
import type { Json } from './to-json';

const jsonBytes = (value: Json) => strToU8(JSON.stringify(value, null, 1));

export async function exportZip(db: SessionsDb): Promise<Uint8Array> {
  const data = await exportAll(db);
  const entries: Zippable = {
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
  return zipSync(entries);
}
