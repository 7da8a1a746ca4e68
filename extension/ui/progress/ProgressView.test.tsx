import { describe, expect, it } from 'vitest';
import { makeStreams } from '../../../shared/analytics/test-support';
import { epochMs, seconds, type Session } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import type { SessionsDb } from '../../db';
import { plantRows, toSessionRow } from '../../db/test-support/tables';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDbOn } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { mount, textsOf, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { ProgressView } from './ProgressView';

// Wednesday 12 June 2024; two rides the week before, both with power.
const NOW = Date.UTC(2024, 5, 12, 15);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

/** 30 minutes at `watts`: every best from 1 s to 30 min is `watts`. */
function ride(id: string, day: number, watts: number): Session {
  return makeSession({
    id,
    title: id,
    start: epochMs(Date.UTC(2024, 5, day, 8)),
    utcOffsetS: seconds(0),
    elapsedS: seconds(1800),
    movingS: seconds(1800),
    streams: makeStreams(1800, { power: () => watts }),
  });
}

async function store(session: Session): Promise<void> {
  const { row, streams } = toSessionRow(session, [], 0);
  await plantRows(db, 'sessions', [row]);
  await plantRows(db, 'streams', [{ id: row.id, sessionId: row.id, streams: streams!, updatedAt: 0, deletedAt: null }]);
  await plantRows(db, 'profile', [{ id: 'ftp', key: 'ftp', value: 250, from: 0, updatedAt: 0, deletedAt: null }]);
}

describe('the Progress view', () => {
  it('shows the season’s power curve, records with their progression, and weekly volume', async () => {
    await store(ride('first', 3, 250));
    await store(ride('second', 5, 300));
    const opened: string[] = [];
    const root = mount(
      <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
        <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
          <ProgressView onOpenSession={(id) => opened.push(id)} />
        </FormatContext.Provider>
      </ServicesContext.Provider>,
    );
    await waitFor(() => expect(root.querySelector('.curve-chart')).not.toBeNull());
    // This season (2024) has both rides: the curve is flat at the better ride's 300 W, 1 s to 30 min.
    expect(textsOf(root, '.curve-chart .chart-scale')).toEqual(['300 W']);
    const rows = Array.from(root.querySelectorAll('.records tbody tr'), (tr) => textsOf(tr, 'th, td'));
    expect(rows).toContainEqual(['Cycling, best 20 min power', '300 W', 'Wed, 5 Jun 2024', '250 W → 300 W']);
    expect(rows).toContainEqual(['Cycling, best 5 s power', '300 W', 'Wed, 5 Jun 2024', '250 W → 300 W']);
    (root.querySelector('.records tbody tr button') as HTMLButtonElement).click();
    expect(opened).toEqual(['second']);
    // Both rides in the ISO week of Monday 3 June: an hour; load at FTP 250 W: 0.5 h x 100 + 0.5 h x (300/250)^2 x 100 = 122.
    expect(Array.from(root.querySelectorAll('.volume-table tbody tr'), (tr) => textsOf(tr, 'td'))).toEqual([
      ['2024-06-03', '1:00:00', 'Cycling 1:00:00'],
    ]);
    (Array.from(root.querySelectorAll('input[name="volume-measure"]'))[2] as HTMLInputElement).click();
    await waitFor(() => expect(textsOf(root, '.volume-table tbody td')[1]).toBe('122'));
  });
});
