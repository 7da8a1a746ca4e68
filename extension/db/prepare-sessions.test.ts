import { describe, expect, it } from 'vitest';
import { emptyResult, epochMs } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { freshDb } from '../ui/test-support/fresh-db';
import { packStreams } from './packed-streams';
import { prepareSessions } from './prepare-sessions';
import { saveImport } from './save-import';
import { analyseSamples } from './session-row';
import { bytesOf, testSession } from './test-support/sessions';
import { tableRow } from './test-support/tables';

describe('prepareSessions', () => {
  it('works out each session once, pausing after each, and the save stores what it worked out', async () => {
    const rides = ['aa', 'bb'].map((h, i) => testSession(h.repeat(32), { start: epochMs(START + i * 86_400_000) }));
    let pauses = 0;
    await prepareSessions(rides, async () => {
      pauses++;
    });
    expect(pauses).toBe(2);
    const first = rides[0]!;
    const analysis = analyseSamples(first);
    // Asked again, the same objects come back: nothing is worked out twice.
    expect(analyseSamples(first)).toBe(analysis);
    expect(packStreams(first.streams!)).toBe(packStreams(first.streams!));

    const db = freshDb();
    await saveImport(db, { ...emptyResult(), sessions: rides }, bytesOf(...rides));
    expect((await tableRow(db, 'sessions', first.id))?.efforts).toEqual(analysis.efforts);
    await db.delete();
  });
});
