// A ride from a bike computer with no power meter paired, which recorded
// "power 0" every second: its detail shows no power at all (no "Avg power 0 W",
// no W/bpm, no flat power chart, no power column or curve) and scores it from heart rate.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../importer';
import { MS_PER_DAY, type ThresholdKey } from '../../../shared/analytics';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import { saveImport, type SessionsDb } from '../../db';
import { plantRows } from '../../db/test-support/tables';
import { App } from '../App';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, the, waitFor } from '../test-support/render';

const START = Date.UTC(2024, 5, 1, 6);
const track = makeKnownTrack({ seconds: 1800, sport: 'cycling', start: START });
const zeroPower = { ...track, points: track.points.map((p) => ({ ...p, power: 0 })) };

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

const threshold = (key: ThresholdKey, value: number) => ({
  id: key,
  key,
  value,
  from: START - MS_PER_DAY,
  updatedAt: 0,
  deletedAt: null,
});

const keyNumbers = (root: HTMLElement) =>
  Array.from(
    root.querySelectorAll('.key-number'),
    (el) => `${el.querySelector('dt')?.textContent}: ${el.querySelector('dd')?.textContent}`,
  );

describe('the detail of a ride recorded with power 0 and no power meter', () => {
  it('shows no power and scores the ride from heart rate', async () => {
    const bytes = writeKnownTrackFit(zeroPower, { laps: 2 });
    await saveImport(db, await importFiles([{ name: 'no-meter.fit', bytes }]), new Map());
    await plantRows(db, 'profile', [
      threshold('ftp', 250),
      threshold('thresholdHr', 165),
      threshold('maxHr', 190),
      threshold('restHr', 50),
    ]);
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
    (await waitFor(() => the(root, 'button.session-row'))).click();
    await waitFor(() => expect(keyNumbers(root).some((k) => k.startsWith('Load: '))).toBe(true));
    expect(keyNumbers(root)).toEqual([
      'Duration: 0:29:59',
      'Distance: 14.44 km',
      'Avg speed: 28.9 km/h',
      'Ascent: 150 m',
      'Avg HR: 140 bpm',
      'Max HR: 150 bpm',
      // From speed, as for any ride without power: no "EF 0.00 W/bpm".
      'Efficiency factor: 3.44 (m/min)/bpm',
      'Decoupling: -7.5%',
      // The FTP set above scores nothing: heart rate does, as for any ride without power.
      'Load: 28 · hrTSS from heart rate',
      'Calories: 321 kcal',
    ]);
    expect(textsOf(root, '.charts .chart figcaption span:first-child')).toEqual([
      'Heart rate',
      'Speed',
      'Cadence',
      'Elevation',
    ]);
    expect(Array.from(root.querySelectorAll('.laps tr'), (tr) => textsOf(tr, 'th, td'))).toEqual([
      ['Lap', 'Time', 'Distance', 'Speed', 'HR'],
      ['1', '0:15:00', '7.31 km', '29.2 km/h', '147 bpm'],
      ['2', '0:14:59', '7.14 km', '28.6 km/h', '133 bpm'],
    ]);
    expect(root.querySelector('.session-curve')).toBeNull();
    expect(root.querySelector('.zone-power')).toBeNull();
  });
});
