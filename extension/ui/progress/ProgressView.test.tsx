import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../shared/analytics/common/day';
import { makeStreams } from '../../../shared/analytics/test-support';
import { epochMs, seconds, type Session } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import { readProgressData, type SessionsDb } from '../../db';
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

/** 30 minutes of running at `mps` metres a second. */
function run(id: string, day: number, mps: number): Session {
  return { ...ride(id, day, 0), sport: 'running', streams: makeStreams(1800, { speed: () => mps }) };
}

function mountProgress(onOpenSession: (id: string) => void = () => undefined) {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <ProgressView onOpenSession={onOpenSession} />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

describe('the Progress view', () => {
  it('shows the season’s power curve, records with their progression, and weekly volume', async () => {
    await store(ride('first', 3, 250));
    await store(ride('second', 5, 300));
    const opened: string[] = [];
    const root = mountProgress((id) => opened.push(id));
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

  it('shows the pace curve, monthly volume, the load balance with each method, and wellness against the day before’s load', async () => {
    await store(run('tempo', 4, 4));
    await store(ride('first', 10, 250));
    await store(ride('second', 11, 300));
    // Each morning's resting HR rises 1 bpm for every 10 of the day before's load: a perfect positive link.
    const { days } = await readProgressData(db, dayNumber(NOW, -new Date().getTimezoneOffset() * 60));
    const loadOn = (date: string) => days.find((d) => d.date === date)!.load;
    const mornings: [string, string][] = [
      ['2024-06-08', '2024-06-07'],
      ['2024-06-09', '2024-06-08'],
      ['2024-06-11', '2024-06-10'],
      ['2024-06-12', '2024-06-11'],
    ];
    await plantRows(
      db,
      'wellness',
      mornings.map(([date, before]) => ({
        id: date,
        date,
        restingHr: 50 + loadOn(before) / 10,
        hrvRmssd: 80 - loadOn(before) / 5,
        updatedAt: 0,
        deletedAt: null,
      })),
    );
    const root = mountProgress();
    await waitFor(() => expect(root.querySelector('.correlations')).not.toBeNull());

    // 30 minutes at 4 m/s: every best from 400 m to 5 km at 4:10 /km, beside the rides' 300 W.
    expect(textsOf(root, '.curve-chart .chart-scale')).toEqual(['300 W', '4:10 /km']);
    expect(textsOf(root, '.curve-chart figcaption > span:first-child')).toEqual([
      'Best power, riding',
      'Fastest pace, running',
    ]);
    // Ramp rate and the weighted ACWR as shared/analytics/days computes them (its tests hold the formulas). By hand:
    // the last 7 daily loads are 0, 0, 0, 0, 50, 72, 0: mean 17.43, standard deviation 28.18, monotony 0.62, strain
    // 122 x 0.6185 = 75. Rolling ACWR needs 28 days of history, and the first session is 8 days old.
    const today = days.at(-1)!;
    const format = makeFormat('metric', 'en-GB');
    const balance = Array.from(root.querySelectorAll('.balance-numbers > div'), (div) => textsOf(div, 'dt, dd'));
    expect(balance.map(([name, value]) => [name, value])).toEqual([
      ['Ramp rate', `${format.number(today.rampRate, 1)} a week`],
      ['ACWR, rolling', '–'],
      ['ACWR, exponentially weighted', format.number(today.acwrEwma, 2)],
      ['Monotony', '0.62'],
      ['Strain', '75'],
    ]);
    expect([loadOn('2024-06-10'), loadOn('2024-06-11')]).toEqual([50, 72]);
    expect(balance.map((texts) => texts[2])).toEqual([
      'Fitness (CTL) today minus fitness 7 days ago. Above 8 a week is a steep build.',
      'Average daily load of the last 7 days ÷ that of the last 28 (Gabbett 2016). 0.8–1.3 is the sweet spot; above 1.5, injury risk rises. Needs 28 days of history.',
      'Fatigue (ATL, 7-day weighted) ÷ fitness (CTL, 42-day weighted), as intervals.icu shows it.',
      'Mean ÷ standard deviation of the last 7 daily loads (Foster 1998). Above 2, the days are too alike.',
      "The week's load × monotony (Foster 1998): a hard week of same-y days scores high.",
    ]);
    expect(textsOf(root, '.correlations li')).toEqual([
      "Resting HR against the day before's load: r = 1.00 over 4 days, a strong positive link. Pearson correlation of each morning's reading with the previous day's load.",
      "HRV (rMSSD) against the day before's load: r = -1.00 over 4 days, a strong negative link. Pearson correlation of each morning's reading with the previous day's load.",
    ]);
    // Volume by sport, a week at a time (the run's week, then the rides'), and for the month, as bars and a table.
    const volumeRows = () => Array.from(root.querySelectorAll('.volume-table tbody tr'), (tr) => textsOf(tr, 'td'));
    expect(volumeRows()).toEqual([
      ['2024-06-10', '1:00:00', 'Cycling 1:00:00'],
      ['2024-06-03', '0:30:00', 'Running 0:30:00'],
    ]);
    (Array.from(root.querySelectorAll('input[name="volume-period"]'))[1] as HTMLInputElement).click();
    await waitFor(() => expect(volumeRows()).toEqual([['2024-06', '1:30:00', 'Cycling 1:00:00, Running 0:30:00']]));
    expect(textsOf(root, '.volume-chart title')).toEqual(['2024-06 Cycling: 1:00:00', '2024-06 Running: 0:30:00']);
  });
});
