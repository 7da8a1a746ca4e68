// The side panel's page remembers the schema version its database was last
// opened at (in localStorage: read synchronously, as the database is declared).
// A database already at the latest version needs only that version declared,
// with every store: Dexie parses every declared version again on each
// declaration, which cost 14 ms of a traced open (seven versions with
// upgrades) before the panel's top bar appeared. Without the memo (workers,
// tests) or at another version, every version is declared with its upgrade.
import type { Dexie } from 'dexie';
import { declareSchema, LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/** Where the version is kept: the page's localStorage. */
export type VersionMemo = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const memoKey = (name: string) => `sessionsai.db-version.${name}`;

/** The last of `versions` alone, carrying the stores of them all: the schema a database at that version has. */
export function latestOnly(versions: readonly SchemaVersion[]): SchemaVersion {
  const last = versions[versions.length - 1];
  if (last === undefined) throw new Error('No schema version to declare');
  return { version: last.version, stores: Object.assign({}, ...versions.map((v) => v.stores)) };
}

/** Declares the schema of database `name` on `db` as `memo` allows (see above), and remembers the version once open. */
export function declareRemembered(db: Dexie, name: string, memo: VersionMemo | null): void {
  if (memo === null) {
    declareSchema(db, SCHEMA_VERSIONS);
    return;
  }
  if (memo.getItem(memoKey(name)) === String(LATEST_VERSION)) {
    const latest = latestOnly(SCHEMA_VERSIONS);
    // Runs only when the stored database is older than the memo says (never created that way: the memo is written
    // after an open at the latest version). The upgrades were not declared, so none is run: the open fails, and the
    // next one declares them all.
    db.version(latest.version)
      .stores(latest.stores)
      .upgrade(() => {
        memo.removeItem(memoKey(name));
        throw new Error(
          `the database is older than version ${LATEST_VERSION}, which this page remembered: reopen the panel to upgrade it`,
        );
      });
  } else declareSchema(db, SCHEMA_VERSIONS);
  db.on('ready', () => memo.setItem(memoKey(name), String(LATEST_VERSION)));
}
