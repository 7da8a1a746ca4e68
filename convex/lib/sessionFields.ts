import { v, type Infer } from 'convex/values';
import { SITES, SPORTS, SUB_SPORTS, type Session } from '../../shared/model';

// Validators for a session's summary as stored in Convex: the shared/model
// Session minus its samples. Streams and R-R intervals go to file storage, never
// into documents, which Convex caps at 1 MiB with arrays of at most 8,192 items
// (https://docs.convex.dev/production/state/limits). Units are the model's SI units.

const nullableNumber = v.union(v.number(), v.null());
const nullableString = v.union(v.string(), v.null());

const summary = {
  sport: v.union(...SPORTS.map((sport) => v.literal(sport))),
  subSport: v.union(...SUB_SPORTS.map((subSport) => v.literal(subSport))),
  start: v.number(),
  elapsedS: v.number(),
  movingS: v.number(),
  distanceM: nullableNumber,
  ascentM: nullableNumber,
  descentM: nullableNumber,
  avgHr: nullableNumber,
  maxHr: nullableNumber,
  avgPowerW: nullableNumber,
  maxPowerW: nullableNumber,
  avgCadence: nullableNumber,
  maxCadence: nullableNumber,
  avgSpeed: nullableNumber,
  maxSpeed: nullableNumber,
  calories: nullableNumber,
  avgTempC: nullableNumber,
};

const lap = v.object({ ...summary, trigger: nullableString });

const pool = v.object({
  poolLengthM: v.number(),
  lengths: v.array(
    v.object({
      start: v.number(),
      elapsedS: v.number(),
      active: v.boolean(),
      strokes: nullableNumber,
      stroke: nullableString,
    }),
  ),
  activeLengths: v.number(),
  swolf: nullableNumber,
});

const leg = v.object({ ...summary, laps: v.array(lap), pool: v.optional(pool) });

const device = v.object({
  manufacturer: nullableString,
  product: nullableString,
  serial: nullableString,
  softwareVersion: nullableString,
});

const source = v.object({
  format: v.union(v.literal('fit'), v.literal('gpx'), v.literal('tcx'), v.literal('activity-json')),
  file: v.string(),
  contentHash: v.string(),
  sizeBytes: v.number(),
  device: v.union(device, v.null()),
  site: v.optional(
    v.object({ site: v.union(...SITES.map((s) => v.literal(s))), activityId: v.string(), url: v.string() }),
  ),
});

/** One row of the `sessions` table. */
export const sessionDocument = v.object({
  userId: v.id('users'),
  /** The model's Session.id (derived from the first source's content hash), the same on every device. */
  sessionId: v.string(),
  ...summary,
  utcOffsetS: nullableNumber,
  title: nullableString,
  notes: nullableString,
  rpe: nullableNumber,
  gear: nullableString,
  laps: v.array(lap),
  legs: v.array(leg),
  pool: v.optional(pool),
  sources: v.array(source),
  warnings: v.array(v.string()),
});

// Compile-time guard that the document mirrors the model field for field:
// adding, removing or retyping a Session field in shared/model without
// updating these validators fails the typecheck here.
type Plain<T> = T extends number
  ? number
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer Item)[]
      ? Plain<Item>[]
      : { -readonly [K in keyof T]: Plain<T[K]> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SessionDocumentMirrorsModel = Assert<
  Same<
    Plain<Omit<Session, 'id' | 'streams' | 'rrIntervalsS'>>,
    Omit<Infer<typeof sessionDocument>, 'userId' | 'sessionId'>
  >
>;
