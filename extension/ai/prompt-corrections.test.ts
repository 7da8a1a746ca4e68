// The AI is told the athlete's corrected values, not the file's: a corrected
// distance rescores the session's load fact, and undoing it brings the file's back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStreams } from '../../shared/analytics/test-support';
import { emptyResult, meters, metersPerSecond, seconds } from '../../shared/model';
import { revertCorrection, saveImport, saveRecord, updateSession, type SessionsDb } from '../db';
import { bytesOf, testSession } from '../db/test-support/sessions';
import { freshDb } from '../ui/test-support/fresh-db';
import { sessionPrompt } from './prompt-for';

const run = testSession('ee'.repeat(32), {
  sport: 'running',
  subSport: 'generic',
  elapsedS: seconds(3600),
  movingS: seconds(3600),
  distanceM: meters(10_800),
  avgSpeed: metersPerSecond(3),
  streams: makeStreams(3600, { speed: () => 3 }),
});

let db: SessionsDb;
beforeEach(async () => {
  db = freshDb();
  await saveImport(db, { ...emptyResult(), sessions: [run] }, bytesOf(run));
  await saveRecord(db, 'profile', { id: 'pace', key: 'thresholdRunSpeed', value: 4, from: 0 });
});
afterEach(() => db.delete());

async function loadFact() {
  const prompt = await sessionPrompt(db, run.id, { allowNotes: false });
  return prompt?.message.facts.find((f) => f.id === `session.${run.id}.load`);
}

describe("the session's facts after a correction", () => {
  it('carry the load of the corrected distance, and the samples-based one again after undo', async () => {
    // 1 h at 3 m/s against 4 m/s: 1 x (3/4)^2 x 100.
    expect(await loadFact()).toMatchObject({ value: 56.3, unit: 'load' });
    await updateSession(db, run.id, { distanceM: meters(12_000) });
    // 12 km in the hour: 3.33 m/s, from the corrected summary.
    expect(await loadFact()).toMatchObject({
      value: 69.4,
      label: expect.stringContaining('average speed 3.33 m/s from the summary over 3600 s'),
    });
    await revertCorrection(db, run.id, 'distanceM');
    expect(await loadFact()).toMatchObject({ value: 56.3 });
  });
});
