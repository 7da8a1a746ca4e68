// The open panel makes the threshold estimates again after a correction that
// leaves the number of sessions as it was, as the detail's edit form makes.
import { describe, expect, it } from 'vitest';
import { makeStreams } from '../../../shared/analytics/test-support';
import { emptyResult, epochMs, seconds } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import { saveImport, type SessionsDb, updateSession } from '../../db';
import { bytesOf } from '../../db/test-support/sessions';
import { App } from '../App';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, waitFor } from '../test-support/render';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

/** 40 minutes: 10 at 150 W, 20 at 300 W, 10 at 150 W. */
const RIDE = makeSession({
  start: epochMs(Date.UTC(2024, 5, 10, 8)),
  utcOffsetS: seconds(0),
  elapsedS: seconds(2400),
  movingS: seconds(2400),
  streams: makeStreams(2400, { power: (t) => (t >= 600 && t < 1800 ? 300 : 150) }),
});

describe('the panel keeps the estimates fresh', () => {
  it('drops the FTP a ride gave once its sport is corrected to running, the count unchanged', async () => {
    await saveImport(db, { ...emptyResult(), sessions: [RIDE] }, bytesOf(RIDE));
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    (await waitFor(() => byText(root, 'Settings', 'nav button'))).click();
    // 95% of its best 20 minutes, 300 W.
    await waitFor(() => expect(root.textContent).toContain('FTP 285 W, from 95% of your best 20 minutes (300 W)'));
    await updateSession(db, RIDE.id, { sport: 'running' });
    await waitFor(() => expect(root.textContent).toContain('FTP: not estimated'));
    expect(root.textContent).not.toContain('FTP 285 W');
  });
});
