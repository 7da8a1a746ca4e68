// Sessions with known values for the database tests (test support only).
import { epochMs, seconds, type Session, type SourceFormat } from '../../shared/model';

export const START = Date.UTC(2024, 5, 1, 6, 0, 0);

/** A 1-hour ride from one file whose content hash is `hash`, with a 3-sample stream. */
export function testSession(hash: string, over: Partial<Session> = {}, format: SourceFormat = 'fit', file = `${hash.slice(0, 4)}.${format}`): Session {
  return {
    id: hash.slice(0, 24),
    sport: 'cycling',
    subSport: 'road',
    start: epochMs(START),
    elapsedS: seconds(3600),
    movingS: seconds(3500),
    distanceM: null,
    ascentM: null,
    descentM: null,
    avgHr: null,
    maxHr: null,
    avgPowerW: null,
    maxPowerW: null,
    avgCadence: null,
    maxCadence: null,
    avgSpeed: null,
    maxSpeed: null,
    calories: null,
    avgTempC: null,
    utcOffsetS: null,
    title: null,
    notes: null,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [{ format, file, contentHash: hash, sizeBytes: 3, device: null }],
    warnings: [],
    streams: { time: new Float64Array([0, 1, 2]), power: new Float32Array([200, NaN, 210]) },
    ...over,
  };
}

/** Bytes for `testSession`'s source, keyed as saveImport wants them. */
export function bytesOf(...sessions: Session[]): Map<string, { file: string; bytes: Uint8Array }> {
  return new Map(
    sessions.flatMap((s) => s.sources.map((src) => [src.contentHash, { file: src.file, bytes: new Uint8Array([1, 2, 3]) }] as const)),
  );
}
