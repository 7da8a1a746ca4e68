import { MS_PER_DAY } from '../../../shared/analytics';
import { describe, expect, it } from 'vitest';
import { bpm, epochMs, meters, metersPerSecond, seconds, watts, type Lap, type Streams } from '../../../shared/model';
import type { SessionsDb } from '../../db';
import { App } from '../App';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, waitFor } from '../test-support/render';
import { knownSession, START, storedRow } from '../test-support/sessions';
import { plantRows, tableRow } from '../../db/test-support/tables';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

const HOUR = 3600;
/** One hour of samples: HR rising 1 bpm a minute from 120, a steady 250 W, 9 m/s, a climb of 360 m, heading north. */
function hourOfSamples(): Streams {
  const time = Float64Array.from({ length: HOUR }, (_, i) => i);
  return {
    time,
    heartRate: Float32Array.from(time, (t) => 120 + Math.floor(t / 60)),
    power: new Float32Array(HOUR).fill(250),
    speed: new Float32Array(HOUR).fill(9),
    altitude: Float32Array.from(time, (t) => 100 + t / 10),
    positions: {
      kind: 'degrees',
      lat: Float64Array.from(time, (t) => 45 + t * 1e-5),
      lon: new Float64Array(HOUR).fill(6),
    },
  };
}

function lap(startS: number, distanceM: number, avgHr: number): Lap {
  return {
    ...knownSession('lap'),
    start: epochMs(START + startS * 1000),
    elapsedS: seconds(1800),
    movingS: seconds(1800),
    distanceM: meters(distanceM),
    avgSpeed: metersPerSecond(distanceM / 1800),
    avgHr: bpm(avgHr),
    avgPowerW: watts(250),
    trigger: 'manual',
  };
}

async function storeRide({ samples = true }: { samples?: boolean } = {}): Promise<void> {
  const ride = knownSession('ride', 0, {
    title: 'Hill repeats',
    utcOffsetS: seconds(7200),
    movingS: seconds(3600),
    distanceM: meters(12_345),
    avgSpeed: metersPerSecond(9),
    ascentM: meters(412),
    avgHr: bpm(152),
    avgPowerW: watts(245),
    laps: [lap(0, 6000, 140), lap(1800, 6345, 155)],
  });
  await plantRows(db, 'sessions', [storedRow(ride)]);
  if (samples)
    await plantRows(db, 'streams', [
      { id: 'ride', sessionId: 'ride', streams: hourOfSamples(), updatedAt: 0, deletedAt: null },
    ]);
}

const setFtp = () =>
  plantRows(db, 'profile', [
    { id: 'ftp', key: 'ftp', value: 250, from: START - MS_PER_DAY, updatedAt: 0, deletedAt: null },
  ]);

async function openRide(): Promise<HTMLElement> {
  const root = mount(
    <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
  );
  // The panel opens on Today when the library has sessions; the list is one click away.
  (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
  const row = await waitFor(() => byText(root, 'Hill repeats', '.session-row-title').closest('button')!);
  row.focus();
  row.click();
  await waitFor(() => byText(root, 'Hill repeats', 'h2'));
  return root;
}

const keyNumbers = (root: HTMLElement) =>
  Array.from(
    root.querySelectorAll('.key-number'),
    (el) => `${el.querySelector('dt')?.textContent}: ${el.querySelector('dd')?.textContent}`,
  );

describe('session detail', () => {
  it('shows the title, sport, local date and key numbers with the load and its method', async () => {
    await storeRide();
    await setFtp();
    const root = await openRide();
    expect(textsOf(root, '.detail-header p')).toEqual(['Cycling · Sat, 1 Jun 2024, 14:00']);
    // Steady 250 W at an FTP of 250 W for one hour: NP 250 W, IF 1, TSS = hours x IF² x 100 = 100 (Coggan).
    await waitFor(() =>
      expect(keyNumbers(root)).toEqual([
        'Duration: 1:02:03',
        'Moving time: 1:00:00',
        'Distance: 12.35 km',
        'Avg speed: 32.4 km/h',
        'Ascent: 412 m',
        'Avg HR: 152 bpm',
        'Avg power: 245 W',
        'Normalized power: 250 W',
        // IF = NP / FTP = 250 / 250; VI = NP / average power = 250 / 250; EF = NP / average HR = 250 / 149.5;
        // decoupling: first half 250 W / 134.5 bpm against the second's 250 / 164.5: (1.8587 - 1.5198) / 1.8587.
        'Intensity factor: 1.00',
        'Variability index: 1.00',
        'Efficiency factor: 1.67 W/bpm',
        'Decoupling: 18.2%',
        'Load: 100 · TSS from power',
      ]),
    );
    // The file says 245 W and 152 bpm; VI and EF divide by the samples' means, and their notes say which.
    const note = (label: string) =>
      Array.from(root.querySelectorAll<HTMLElement>('.key-number')).find(
        (el) => el.querySelector('dt')?.textContent === label,
      )?.title;
    expect(note('Variability index')).toBe(
      'NP (250 W) ÷ average power of the recorded seconds (250 W): near 1.00 is steady, above 1.05 surges (Coggan)',
    );
    expect(note('Efficiency factor')).toBe(
      'NP (250 W) ÷ average heart rate of the recorded seconds (150 bpm) (Friel): rising at the same effort is aerobic fitness improving',
    );
  });

  it('says why a session has no load when nothing can score it', async () => {
    // Without samples nothing can be estimated either (a ride with samples gets an FTP estimated from them).
    await storeRide({ samples: false });
    const root = await openRide();
    await waitFor(() => expect(keyNumbers(root).at(-1)).toBe('Load: –'));
    byText(
      root,
      'Not scored: no thresholds are set for this sport and no RPE was given. Add an RPE below to score it.',
    );
  });

  it('charts every channel on one time axis with one cursor, and lists laps, zones and the route', async () => {
    await storeRide();
    await setFtp();
    const root = await openRide();
    expect(textsOf(root, '.charts .chart figcaption span:first-child')).toEqual([
      'Heart rate',
      'Power',
      'Speed',
      'Elevation',
    ]);
    expect(textsOf(root, '.charts .chart-scale')).toEqual(['120 bpm – 179 bpm', '250 W', '32.4 km/h', '100 m – 460 m']);

    // Ten arrow presses move the shared cursor 10% of the hour (359.9 s: sample 359, the 6th minute).
    const hr = root.querySelector<SVGElement>('.chart-hr svg')!;
    for (let i = 0; i < 10; i++) hr.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitFor(() =>
      expect(textsOf(root, '.charts .chart-readout')).toEqual(['125 bpm', '250 W', '32.4 km/h', '136 m']),
    );
    expect(textsOf(root, '.chart-axis output')).toEqual(['0:06:00']);

    expect(Array.from(root.querySelectorAll('.laps tr'), (tr) => textsOf(tr, 'th, td'))).toEqual([
      ['Lap', 'Time', 'Distance', 'Speed', 'HR', 'Power'],
      ['1', '0:30:00', '6.00 km', '12.0 km/h', '140 bpm', '250 W'],
      ['2', '0:30:00', '6.35 km', '12.7 km/h', '155 bpm', '250 W'],
    ]);
    // 250 W at FTP 250 W is Coggan's threshold level (91-105 % of FTP).
    const threshold = byText(root, 'Z4 Threshold225 W – 263 W', '.zone-power th').closest('tr')!;
    expect(threshold.querySelector('td')?.textContent).toBe('1:00:00');
    expect(root.querySelector('.route path')?.getAttribute('d')).toMatch(/^M0 100(L0 [\d.]+)+L0 0$/);

    // The hour climbs 0.1 m a second: one climb from the start, 359.9 m in 59:59, 360 m an hour.
    expect(Array.from(root.querySelectorAll('.climbs tbody tr'), (tr) => textsOf(tr, 'td'))).toEqual([
      ['0:00:00', '360 m', '0:59:59', '360 m/h'],
    ]);
    // A steady 250 W: the session's best power is 250 W for every duration.
    expect(textsOf(root, '.session-curve figcaption span:first-child')).toEqual(['Best power']);
    expect(textsOf(root, '.session-curve .chart-scale')).toEqual(['250 W']);
  });

  it('closes with Escape, giving focus back to the row that opened it', async () => {
    await storeRide();
    const root = await openRide();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(root.querySelector('.detail')).toBeNull());
    expect(document.activeElement?.querySelector('.session-row-title')?.textContent).toBe('Hill repeats');
  });

  it('saves the athlete’s corrections and scores the session from the RPE given', async () => {
    await storeRide();
    const root = await openRide();
    const form = root.querySelector<HTMLFormElement>('.edit-session')!;
    const [title, notes] = [form.querySelector('input')!, form.querySelector('textarea')!];
    const [sport, rpe] = Array.from(form.querySelectorAll('select'));
    title.value = 'Hill repeats x6';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    notes.value = 'Windy at the top';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    sport!.value = 'running';
    sport!.dispatchEvent(new Event('change', { bubbles: true }));
    rpe!.value = '7';
    rpe!.dispatchEvent(new Event('change', { bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

    await waitFor(() => byText(root, 'Saved.', 'output'));
    await waitFor(() => byText(root, 'Hill repeats x6', 'h2'));
    expect(textsOf(root, '.detail-header p')).toEqual(['Running · Sat, 1 Jun 2024, 14:00']);
    // Session RPE (Foster 2001): RPE x moving minutes = 7 x 60 = 420.
    await waitFor(() => expect(keyNumbers(root).at(-1)).toBe('Load: 420 · session RPE × minutes'));
    const row = await tableRow(db, 'sessions', 'ride');
    expect([row?.title, row?.sport, row?.notes, row?.rpe]).toEqual([
      'Hill repeats x6',
      'running',
      'Windy at the top',
      7,
    ]);
  });
});
