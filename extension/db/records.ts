// The shape of every row in the local database. Each row carries what sync
// will need (docs/architecture.md "Local data"): a client-made id, when it last
// changed, and a tombstone instead of a hard delete, so deletions can reach
// other devices without another migration.
import type { PlannedSession, ThresholdEntry, WellnessDay } from '../../shared/analytics';
import type { Session, SourceFormat, Streams } from '../../shared/model';
import type { LoadInputs, SessionEfforts } from '../../shared/analytics';
import type { ChatMessage, Tone, TokenUsage } from '../../shared/ai/conversation';

export interface SyncMeta {
  readonly id: string;
  /** Epoch ms of the last local change. */
  readonly updatedAt: number;
  /** Epoch ms of deletion, or null while the row is live. */
  readonly deletedAt: number | null;
}

/**
 * What is left of a deleted row: only what sync needs to pass the deletion on. Tables are typed by their
 * live rows; reads meet a tombstone only to skip it (live.ts).
 */
export interface Tombstone extends SyncMeta {
  readonly deletedAt: number;
}

/** Session fields the athlete may correct; a correction outlives any later merge with another file. */
export const EDITABLE_FIELDS = [
  'title',
  'sport',
  'notes',
  'rpe',
  'start',
  'elapsedS',
  'distanceM',
  'ascentM',
  'avgHr',
  'maxHr',
  'avgPowerW',
  'maxPowerW',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * What the files said for each corrected field, and for the values a correction moved with it (sub-sport with
 * sport, moving time and average speed with duration or distance), so "undo" can restore them.
 */
export type ImportedValues = Partial<Pick<Session, EditableField | 'subSport' | 'movingS' | 'avgSpeed'>>;

/** A session's summary without its samples: what lists read. `id` is the model's Session.id. */
export type SessionRow = Omit<Session, 'streams'> &
  SyncMeta & {
    /** Every source's content hash (schema v2, multi-entry indexed): a re-import of the same bytes is one lookup. */
    readonly sourceHashes: readonly string[];
    readonly editedFields: readonly EditableField[];
    /** The imported values of corrected fields (absent: nothing corrected since corrections kept them). */
    readonly imported?: ImportedValues;
    /** 1 while deletedAt is null, absent on a tombstone (schema v3); the database sets it on every write (live-index.ts). */
    readonly live?: 1;
    /**
     * What load scoring reads from the samples (load-inputs.ts), kept when the row is written; null
     * without samples. Absent on rows stored before it was kept, until filled in (fill-load-inputs.ts).
     * Derived, not indexed: no schema version.
     */
    readonly loadInputs?: LoadInputs | null;
    /**
     * The threshold-free best efforts threshold estimates read (session-efforts.ts), kept when the row is
     * written so estimating never reads samples; absent on rows stored before, or whose sport was corrected.
     * Derived, not indexed: no schema version.
     */
    readonly efforts?: SessionEfforts;
  };

/** The samples of one session, stored apart so lists never load them. `id` equals `sessionId`. */
export interface StreamsRow extends SyncMeta {
  readonly sessionId: string;
  readonly streams: Streams;
}

/** An original file, kept for re-processing and export. `id` equals `contentHash`, the SHA-256 of its bytes. */
export interface SourceRow extends SyncMeta {
  readonly contentHash: string;
  readonly file: string;
  readonly format: SourceFormat;
  /** A Blob since schema v12 (original-bytes.ts: read through originalBytes). */
  readonly bytes: Blob;
  readonly sizeBytes: number;
  readonly addedAt: number;
}

/** One day's check-in. `id` equals `date` ('YYYY-MM-DD'): one row a day. */
export type WellnessRow = WellnessDay & SyncMeta & { readonly notes?: string | null };

export type PlanRow = PlannedSession & SyncMeta;

/** A note or reflection about a session, a day, or both. */
export interface NoteRow extends SyncMeta {
  readonly kind: 'note' | 'reflection';
  readonly sessionId: string | null;
  /** 'YYYY-MM-DD', local. */
  readonly date: string | null;
  readonly text: string;
}

/** A dated threshold, in the analytics' own shape so `thresholdsAt` reads rows as they are. */
export type ProfileRow = ThresholdEntry & SyncMeta;

/** `id` is the setting's key. */
export interface SettingRow extends SyncMeta {
  readonly value: unknown;
}

/** A cached AI answer and what it was built from, so a changed input can be told from a stale answer. */
export interface InsightRow extends SyncMeta {
  /** What was asked: 'session:<id>', 'week:2024-W23', or a question. */
  readonly subject: string;
  readonly answer: string;
  /** Hash of the facts the answer was built from. */
  readonly factsHash: string;
  readonly model: string;
  readonly createdAt: number;
  /** Tokens the answer took (issue 5: recorded with each cached answer); absent when unknown. */
  readonly usage?: TokenUsage;
}

/** Tables whose rows sync; the outbox and sync state are this device's own bookkeeping. */
export const SYNCED_TABLES = [
  'sessions',
  'streams',
  'sources',
  'wellness',
  'plans',
  'notes',
  'profile',
  'settings',
  'insights',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * A change waiting to be pushed. `id` is `<table>:<rowId>`, so a row changed
 * many times offline waits once: sync sends the row as it is when it runs.
 */
export interface OutboxRow extends SyncMeta {
  readonly table: SyncedTable;
  readonly rowId: string;
  readonly op: 'put' | 'delete';
  /** Epoch ms of the change, for pushing oldest first. */
  readonly at: number;
}

/** `id` is the key (cursor, last pull time, ...). */
export interface SyncStateRow extends SyncMeta {
  readonly value: unknown;
}

export const TABLE_NAMES = [...SYNCED_TABLES, 'outbox', 'syncState'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Each table's row type, by table name. */
export interface Rows {
  sessions: SessionRow;
  streams: StreamsRow;
  sources: SourceRow;
  wellness: WellnessRow;
  plans: PlanRow;
  notes: NoteRow;
  profile: ProfileRow;
  settings: SettingRow;
  insights: InsightRow;
  outbox: OutboxRow;
  syncState: SyncStateRow;
}

/**
 * One request this browser sent to a model (issue 12, the AI ledger): when, where to, which model, the exact
 * messages (tool results included) and the tokens the response reported. This device's own record: never synced.
 */
export interface AiRequestRow {
  readonly id: string;
  /** Epoch ms the request was sent. */
  readonly at: number;
  readonly service: 'own-key' | 'hosted';
  /** The host the request went to from this browser (the API's, or the SessionsAI server's). */
  readonly host: string;
  readonly model: string;
  readonly tone: Tone;
  readonly messages: readonly ChatMessage[];
  /** Null when no response reported any (the request failed or was stopped). */
  readonly usage: TokenUsage | null;
  /** Why it failed, in the athlete's words, or null when it was answered. */
  readonly failure: string | null;
}

/** Tables of this device only: outside the synced rows and the export's table list (db/ai-ledger.ts reads them out). */
export const DEVICE_TABLES = ['aiRequests'] as const;
export type DeviceTable = (typeof DEVICE_TABLES)[number];
/** Tables derived from the others on this device (change-stamp.ts, stored-training.ts, live-count.ts): never exported or synced. */
export const DERIVED_TABLES = ['sessionChanges', 'trainingLoads', 'trainingLog', 'libraryCounts'] as const;
export type DerivedTable = (typeof DERIVED_TABLES)[number];
