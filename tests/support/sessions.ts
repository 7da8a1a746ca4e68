// Summaries and sessions built directly, for tests that need one with known
// values without going through an importer. Every optional value is null (the
// model's "absent", never 0), so a test states each number it relies on.
import { epochMs, NOTHING_MEASURED, seconds, sessionId, type Session, type Summary } from '../../shared/model';

/** The default start: 2024-06-01 06:00 UTC. */
export const START = Date.UTC(2024, 5, 1, 6);

/** The content hash of the default session's one source file. */
const CONTENT_HASH = 'ab'.repeat(32);

/** A one-hour road ride (3500 s of it moving) from START, with nothing else known. */
export function blankSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    sport: 'cycling',
    subSport: 'road',
    start: epochMs(START),
    elapsedS: seconds(3600),
    movingS: seconds(3500),
    ...NOTHING_MEASURED,
    ...overrides,
  };
}

/** blankSummary's ride as a session from one FIT file: no laps, legs, samples, notes or warnings. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    ...blankSummary(),
    id: sessionId(CONTENT_HASH, 0),
    utcOffsetS: null,
    title: null,
    notes: null,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [{ format: 'fit', file: 'ride.fit', contentHash: CONTENT_HASH, sizeBytes: 1, device: null }],
    warnings: [],
    ...overrides,
  };
}
