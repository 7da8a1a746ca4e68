// One import's view of the library inside saveImport's transaction: what it
// needs of the stored rows is read up front in three requests, what it writes is gathered in memory and put in one bulk request per table at
// the end. A transaction that awaits each get and put in turn waits for every
// large write of samples or originals to land before it can ask the next
// question: 70 ms a session in Chromium, ten times the writes themselves.
import type { Session, SourceRef } from '../../shared/model';
import type { Database } from './database';
import { isLive } from './live';
import { LIVE } from './live-index';
import { originalBlob } from './original-bytes';
import { asImported } from './corrections';
import type { EditableField, ImportedValues, SessionRow, SourceRow, StreamsRow } from './records';
import { toSession, toSessionRow } from './session-row';
import { putRows } from './write-rows';

/**
 * Original files by content hash, as the importer read them (decompressed): their bytes, or the picked file itself
 * when it is the original (a Blob is stored without copying its bytes). Files left out are not kept.
 */
export type SourceBytes = ReadonlyMap<string, { readonly file: string; readonly bytes: Uint8Array | Blob }>;

// isSameWorkout (shared/model/identity.ts) matches starts up to 14 h apart
// (a time-zone mistake) give or take 3 min; stored sessions further away
// than this can never match, so they are not read.
export const CANDIDATE_WINDOW_MS = 15 * 3_600_000;

/** Index order of [live+start]: by start, then by primary key. */
const byStartThenId = (a: SessionRow, b: SessionRow) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class ImportBatch {
  private readonly rows = new Map<string, SessionRow>();
  private readonly streams = new Map<string, StreamsRow>();
  private readonly sources = new Map<string, SourceRow>();

  private constructor(
    private readonly db: Database,
    private readonly now: number,
    /** Live stored sessions holding each content hash, as they were before this import. */
    readonly storedByHash: ReadonlyMap<string, SessionRow>,
    /** Live stored sessions from CANDIDATE_WINDOW_MS before the first incoming start to as long after the last. */
    private readonly nearby: readonly SessionRow[],
    /** Content hashes of the original files already stored and live. */
    private readonly keptSources: ReadonlySet<string>,
  ) {}

  /**
   * Reads what deciding on `sessions` needs in three requests. (Awaited one by one: a native Promise.all
   * loses Dexie's transaction zone, and what follows it runs outside the transaction.)
   */
  static async read(db: Database, sessions: readonly Session[], now: number): Promise<ImportBatch> {
    const hashes = [...new Set(sessions.flatMap((s) => s.sources.map((src) => src.contentHash)))];
    const holders = await db.sessions.where('sourceHashes').anyOf(hashes).filter(isLive).toArray();
    const first = sessions.reduce((t, s) => Math.min(t, s.start), Infinity);
    const last = sessions.reduce((t, s) => Math.max(t, s.start), -Infinity);
    // One range over every window: a bulk import's windows overlap, and candidates() keeps each session's own.
    const nearby =
      sessions.length === 0
        ? []
        : await db.sessions
            .where('[live+start]')
            .between([LIVE, first - CANDIDATE_WINDOW_MS], [LIVE, last + CANDIDATE_WINDOW_MS], true, true)
            .toArray();
    const sources = await db.sources.bulkGet(hashes);
    const byHash = new Map<string, SessionRow>();
    for (const row of holders) for (const hash of row.sourceHashes) byHash.set(hash, row);
    const kept = new Set(sources.filter(isLive).map((row) => row.id));
    return new ImportBatch(db, now, byHash, nearby, kept);
  }

  /** The session row as it stands now: written earlier in this import, else as stored. */
  current(stored: SessionRow): SessionRow {
    return this.rows.get(stored.id) ?? stored;
  }

  /** Live sessions, stored or written in this import, starting within CANDIDATE_WINDOW_MS of `start`, in index order. */
  candidates(start: number): SessionRow[] {
    const near = (row: SessionRow) => Math.abs(row.start - start) <= CANDIDATE_WINDOW_MS;
    const stored = this.nearby.filter((row) => !this.rows.has(row.id) && near(row));
    return [...stored, ...[...this.rows.values()].filter(near)].sort(byStartThenId);
  }

  /** The session as its files have it (corrections are laid over a merge afterwards), with its samples as they stand now. */
  async withStreams(row: SessionRow): Promise<Session> {
    const streams = this.streams.get(row.id) ?? (await this.db.streams.get(row.id));
    return toSession(asImported(row), streams?.streams);
  }

  /** Notes the session's summary row and samples for writing; `imported` keeps the files' values under corrections. */
  putSession(session: Session, editedFields: readonly EditableField[], imported: ImportedValues = {}): void {
    const { row, streams } = toSessionRow(session, editedFields, this.now, imported);
    this.rows.set(row.id, row);
    if (streams === undefined) return;
    this.streams.set(row.id, { id: row.id, sessionId: row.id, streams, updatedAt: this.now, deletedAt: null });
  }

  /** Notes for writing the original files of these sources that were given and are not stored yet. */
  putSources(sources: readonly SourceRef[], bytes: SourceBytes): void {
    for (const source of sources) {
      const given = bytes.get(source.contentHash);
      if (given === undefined || this.keptSources.has(source.contentHash) || this.sources.has(source.contentHash))
        continue;
      const file = given.bytes instanceof Blob ? given.bytes : originalBlob(given.bytes);
      this.sources.set(source.contentHash, {
        id: source.contentHash,
        contentHash: source.contentHash,
        file: given.file,
        format: source.format,
        bytes: file,
        sizeBytes: file.size,
        addedAt: this.now,
        updatedAt: this.now,
        deletedAt: null,
      });
    }
  }

  /** Puts everything noted, each row with its sync note. */
  async write(): Promise<void> {
    await putRows(this.db, 'sessions', [...this.rows.values()], 'sync');
    await putRows(this.db, 'streams', [...this.streams.values()], 'sync');
    await putRows(this.db, 'sources', [...this.sources.values()], 'sync');
  }
}
