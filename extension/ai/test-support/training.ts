// A small known training history for the AI tests (test support only): two
// rides with power, heart rate and GPS positions (which must never be sent),
// a threshold so they are scored, a plan and a wellness day.
import { MS_PER_DAY } from '../../../shared/analytics';
import { bpm, epochMs, meters, seconds, watts, type Streams } from '../../../shared/model';
import { saveRecord, type SessionsDb } from '../../db';
import { knownSession, START, storedRow } from '../../ui/test-support/sessions';
import { plantRows } from '../../db/test-support/tables';

/** Coordinates that must never appear in anything sent: a start near Zurich. */
export const SECRET_LAT = 47.376887;
export const SECRET_LON = 8.541694;
export const SECRET_TITLE = 'Hill repeats on Secret Lane';
export const SECRET_NOTE = 'Left knee sore after the third climb';

/** The whole ride at 1 Hz (3723 s, knownSession's length): power 200 W, HR 140 bpm, and positions creeping north. */
function streams(): Streams {
  const n = 3723;
  const lat = new Float64Array(n).map((_, i) => SECRET_LAT + i * 1e-5);
  const lon = new Float64Array(n).fill(SECRET_LON);
  return {
    time: new Float64Array(n).map((_, i) => i),
    positions: { kind: 'degrees', lat, lon },
    power: new Float32Array(n).fill(200),
    heartRate: new Float32Array(n).fill(140),
  };
}

/**
 * 'old' on START (Sat 1 June 2024) and 'new' a week later (Sat 8 June): rides
 * of 1:02:03 at a steady 200 W with an FTP of 250 W, so IF 0.8 and each scores
 * power TSS 3723 s x 200 W x 0.8 / (250 W x 3600 s) x 100 = 66.2.
 */
export async function storeTraining(db: SessionsDb): Promise<void> {
  await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
  for (const [id, days] of [
    ['old', 0],
    ['new', 7],
  ] as const) {
    const session = knownSession(id, days, {
      avgPowerW: watts(200),
      avgHr: bpm(140),
      title: SECRET_TITLE,
      notes: SECRET_NOTE,
      distanceM: meters(30000),
      start: epochMs(START + days * MS_PER_DAY),
      movingS: seconds(3723),
    });
    await plantRows(db, 'sessions', [storedRow(session)]);
    await plantRows(db, 'streams', [{ id, sessionId: id, streams: streams(), updatedAt: 0, deletedAt: null }]);
  }
  await saveRecord(db, 'plans', {
    id: 'p1',
    date: '2024-06-08',
    sport: 'cycling',
    targetDurationS: 3600,
    title: 'Tempo ride',
  });
  await saveRecord(db, 'wellness', {
    id: '2024-06-08',
    date: '2024-06-08',
    restingHr: 48,
    sleepS: 27000,
    notes: 'Slept badly',
  });
}
