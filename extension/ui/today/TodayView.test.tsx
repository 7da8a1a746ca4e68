import { localDay, localIsoDate, MS_PER_DAY } from '../../../shared/analytics';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { epochMs, meters, seconds, watts, type Session } from '../../../shared/model';
import { makeStreams } from '../../../shared/analytics/test-support';
import { makeSession } from '../../../tests/support/sessions';
import type { SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, textsOf, waitFor } from '../test-support/render';
import { storedRow } from '../test-support/sessions';
import { makeFormat } from '../units/format';
import { TodayView } from './TodayView';
import { plantRows, tableRow, toSessionRow } from '../../db/test-support/tables';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

function today(onOpenSession: (id: string) => void = () => undefined) {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <TodayView onOpenSession={onOpenSession} />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

/** A session at noon UTC, `daysAgo` local days before today, its offset stated as 0 so its day is that day wherever the test runs. */
function daysAgo(id: string, n: number, over: Partial<Session>): Session {
  return makeSession({
    id,
    start: epochMs((localDay() - n) * MS_PER_DAY + 12 * 3600_000),
    utcOffsetS: seconds(0),
    sources: [{ format: 'fit', file: `${id}.fit`, contentHash: id.padEnd(64, '0'), sizeBytes: 1, device: null }],
    ...over,
  });
}

function setValue(root: HTMLElement, name: string, value: string) {
  const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const numbers = (root: HTMLElement) =>
  Array.from(
    root.querySelectorAll('.key-number'),
    (el) => `${el.querySelector('dt')?.textContent}: ${el.querySelector('dd')?.textContent}`,
  );

describe('Today with nothing stored', () => {
  it('says there is nothing yet, how to import, and that nothing is planned', async () => {
    const root = today();
    await waitFor(() =>
      byText(
        root,
        'Nothing here yet. Import your training to see your form: drop FIT, GPX or TCX files, folders or your Strava/Garmin export zip anywhere on this panel.',
      ),
    );
    await waitFor(() => byText(root, 'Nothing planned today'));
    expect(root.querySelector('.today-form')).toBeNull();
    expect(root.querySelector('.today-yesterday')).toBeNull();
    byText(root, 'How do you feel today?', 'h3');
  });
});

describe('Today with three rides and an FTP', () => {
  const FTP = 250;
  beforeEach(async () => {
    await plantRows(db, 'profile', [{ id: 'ftp', key: 'ftp', value: FTP, from: 0, updatedAt: 0, deletedAt: null }]);
    await plantRows(
      db,
      'sessions',
      [
        daysAgo('long', 3, {
          title: 'Long ride',
          movingS: seconds(3600),
          elapsedS: seconds(3600),
          avgPowerW: watts(250),
        }),
        daysAgo('steady', 2, {
          title: 'Steady ride',
          movingS: seconds(3600),
          elapsedS: seconds(3600),
          avgPowerW: watts(200),
        }),
        daysAgo('tempo', 1, {
          title: 'Tempo',
          movingS: seconds(1800),
          elapsedS: seconds(1800),
          avgPowerW: watts(250),
          distanceM: meters(20_000),
        }),
        // A run with no threshold pace, heart rate or RPE: nothing can score it.
        daysAgo('run', 5, {
          title: 'Jog',
          sport: 'running',
          subSport: 'trail',
          movingS: seconds(1800),
          elapsedS: seconds(1800),
        }),
      ].map(storedRow),
    );
  });

  it('shows form, fitness and fatigue from the published formulas, and the sessions it could not score', async () => {
    // TSS = hours x IF^2 x 100, IF = power / FTP (Coggan; average power stands in for NP without samples).
    const tss = (s: number, w: number) => (s / 3600) * (w / FTP) ** 2 * 100;
    // Each day X_t = X_(t-1) + (L_t - X_(t-1))(1 - e^(-1/N)), N = 42 (CTL) and 7 (ATL); CTL_1 = L(1 - e^(-1/42)).
    // Form today is yesterday's CTL - ATL. The run 5 days ago adds 0 and the days before the rides are 0.
    let ctl = 0;
    let atl = 0;
    let tsb = 0;
    for (const load of [tss(3600, 250), tss(3600, 200), tss(1800, 250), 0]) {
      tsb = ctl - atl;
      ctl += (load - ctl) * (1 - Math.exp(-1 / 42));
      atl += (load - atl) * (1 - Math.exp(-1 / 7));
    }
    expect([ctl.toFixed(1), atl.toFixed(1), tsb.toFixed(1)]).toEqual(['4.8', '20.8', '-19.2']);

    const root = today();
    await waitFor(() => byText(root, 'You are tired', '.form-label'));
    expect(numbers(root)).toEqual([
      `Form (TSB): ${tsb.toFixed(1)}`,
      `Fitness (CTL): ${ctl.toFixed(1)}`,
      `Fatigue (ATL): ${atl.toFixed(1)}`,
    ]);
    byText(root, 'Fatigue is above fitness: the load that builds fitness. Plan rest.');
    byText(root, '1 session without a load: set thresholds in Settings');
    // The chart runs from the first session (5 days ago) to today, one line per series.
    expect(textsOf(root, '.day-charts figcaption span:first-child')).toEqual([
      'Fitness (CTL)',
      'Fatigue (ATL)',
      'Form (TSB)',
    ]);
    // Six days of points, each line joined (not six lone points broken by empty chart columns).
    const lines = Array.from(root.querySelectorAll('.day-charts path.chart-line'), (p) => p.getAttribute('d') ?? '');
    expect(lines.map((d) => [d.split('M').length - 1, d.split('L').length - 1])).toEqual([
      [1, 5],
      [1, 5],
      [1, 5],
    ]);
  });

  it("gives the load today that keeps tomorrow's form in the optimal band, and the week ahead", async () => {
    // Loads 100, 64 and 50 on the last three days: yesterday CTL 4.89022, ATL 24.04557 (the loop above). Resting today:
    // CTL 4.89022 x 0.9764717 = 4.77516, ATL 24.04557 x 0.8668779 = 20.84457, form tomorrow -16.06941, inside -30..-10.
    // Down to -30 takes (-16.06941 + 30) / 0.1095938 = 127.111 more; the ramp (CTL 0 a week ago) allows
    // (8 - 4.77516) / 0.0235283 = 137.062, so the band sets the top: up to 127 TSS.
    const root = today();
    await waitFor(() => byText(root, "Up to 127 TSS more today keeps tomorrow's form between -30 and -10."));
    byText(
      root,
      "With no more load today, tomorrow's form is -16.1 and fitness stands +4.8 on a week ago; every 10 TSS today lowers tomorrow's form by 1.1.",
    );
    // Nothing planned: form recovers each day, -16.07, -13.41, -11.11, then -9.13 leaves the band at the top.
    expect(textsOf(root, '.form-projection tbody td:nth-child(3)')).toEqual([
      '-16.1',
      '-13.4',
      '-11.1',
      '-9.1',
      '-7.4',
      '-6.0',
      '-4.7',
    ]);
    expect(textsOf(root, '.form-projection tbody td:last-child')).toEqual([
      'in band',
      'in band',
      'in band',
      'form above band',
      'form above band',
      'form above band',
      'form above band',
    ]);
  });

  it("shows yesterday's session and opens it", async () => {
    const onOpen = vi.fn();
    const root = today(onOpen);
    const button = await waitFor(() => byText(root, 'Tempo', '.today-item-title').closest('button')!);
    expect(button.querySelector('.today-item-numbers')?.textContent).toBe(
      '0:30:00 · 20.00 km · load 50 · TSS from power',
    );
    button.click();
    expect(onOpen).toHaveBeenCalledWith('tempo');
  });
});

describe('Today with a load from an estimated threshold', () => {
  it('marks the session and the form it feeds, saying what to set', async () => {
    await plantRows(db, 'profile', [
      { id: 'max', key: 'maxHr', value: 190, from: 0, updatedAt: 0, deletedAt: null },
      { id: 'rest', key: 'restHr', value: 50, from: 0, updatedAt: 0, deletedAt: null },
    ]);
    // An hour of rowing at 150 bpm, scored as hrTSS at a threshold HR taken as rest + 85% of reserve (169 bpm).
    const rowing = daysAgo('row', 1, {
      title: 'Erg',
      sport: 'rowing',
      movingS: seconds(3600),
      elapsedS: seconds(3600),
      streams: makeStreams(3600, { heartRate: () => 150 }),
    });
    await plantRows(db, 'sessions', [toSessionRow(rowing, [], 0).row]);
    const root = today();
    const item = await waitFor(() => byText(root, 'Erg', '.today-item-title').closest('li')!);
    // TRIMP = 60 min x HRR x 0.64 x e^(1.92 HRR): at 150 bpm HRR 0.714 -> 108.10; one hour at 169 bpm (HRR 0.85) -> 166.92; hrTSS 64.8.
    expect(item.querySelector('.today-item-numbers')?.textContent).toBe('1:00:00 · load 65 · hrTSS from heart rate');
    expect(item.querySelector<HTMLElement>('abbr.estimated')?.title).toBe(
      'Estimated from HR; set your threshold HR for a precise value.',
    );
    const form = byText(root, '1 session’s load uses an estimated threshold (estimated)', '.form-unscored');
    expect(form.querySelector<HTMLElement>('abbr')?.title).toBe(
      'Estimated from HR; set your threshold HR for a precise value.',
    );
  });
});

describe("today's plan", () => {
  it('lists the sessions planned for today only', async () => {
    await plantRows(db, 'plans', [
      {
        id: 'p1',
        date: localIsoDate(),
        sport: 'running',
        title: 'Easy run',
        targetDurationS: 2700,
        updatedAt: 0,
        deletedAt: null,
      },
      { id: 'p2', date: '2020-01-01', sport: 'cycling', title: 'Old plan', updatedAt: 0, deletedAt: null },
    ]);
    const root = today();
    await waitFor(() => byText(root, 'Easy run'));
    expect(textsOf(root, '.today-plan li')).toEqual(['Easy runRunning · 0:45:00']);
  });
});

describe('the wellness check-in', () => {
  it("saves today's wellness row with the values typed", async () => {
    const root = today();
    await waitFor(() => byText(root, 'Save check-in', 'button'));
    setValue(root, 'restingHr', '48');
    setValue(root, 'hrvRmssd', '62');
    setValue(root, 'sleepHours', '7.5');
    setValue(root, 'soreness', '2');
    setValue(root, 'motivation', '4');
    byText(root, 'Save check-in', 'button').click();
    await waitFor(() => byText(root, 'Check-in saved'));

    const row = await tableRow(db, 'wellness', localIsoDate());
    expect(row).toMatchObject({
      id: localIsoDate(),
      date: localIsoDate(),
      restingHr: 48,
      hrvRmssd: 62,
      sleepS: 27_000,
      soreness: 2,
      fatigue: null,
      stress: null,
      mood: null,
      motivation: 4,
      deletedAt: null,
    });
    expect(await tableRow(db, 'outbox', `wellness:${localIsoDate()}`)).toMatchObject({ op: 'put' });
  });
});
