import { describe, expect, it } from 'vitest';
import { type SessionsDb, updateSession } from '../../db';
import { importWatchAndEdge } from '../../db/test-support/watch-and-edge';
import { App } from '../App';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, waitFor } from '../test-support/render';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

async function openRide(): Promise<HTMLElement> {
  const root = mount(
    <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
  );
  (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
  (await waitFor(() => byText(root, 'Two-device ride', '.session-row-title').closest('button')!)).click();
  await waitFor(() => byText(root, 'Two-device ride', 'h2'));
  return root;
}

const avgHr = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.key-number'))
    .find((el) => el.querySelector('dt')?.textContent === 'Avg HR')
    ?.querySelector('dd')?.textContent;

describe('channel sources in the session detail', () => {
  it('names the device of each channel and lets the athlete take heart rate from the other one', async () => {
    const { id } = await importWatchAndEdge(db);
    await updateSession(db, id, { title: 'Two-device ride' });
    const root = await openRide();
    await waitFor(() =>
      expect(textsOf(root, '.channel-sources p:first-child')).toEqual([
        'Heart rate from Edge 530 · power, cadence, speed, GPS route, altitude and temperature from Forerunner 955',
      ]),
    );
    expect(avgHr(root)).toBe('149 bpm');
    // Every channel both recorded can be chosen; heart rate is the first.
    const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('.channel-sources select'));
    expect(selects.map((s) => s.closest('label')!.querySelector('span')!.textContent)).toEqual([
      'Heart rate',
      'Power',
      'Cadence',
      'Speed',
      'GPS route',
      'Altitude',
      'Temperature',
    ]);
    const heartRate = selects[0]!;
    expect(Array.from(heartRate.options, (o) => o.text)).toEqual([
      'Best recording (automatic)',
      'Edge 530',
      'Forerunner 955',
    ]);

    heartRate.value = heartRate.options[2]!.value;
    heartRate.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(textsOf(root, '.channel-sources [role="status"]')).toEqual(['Heart rate now from Forerunner 955.']),
    );
    await waitFor(() => expect(avgHr(root)).toBe('144 bpm'));
    expect(textsOf(root, '.channel-sources p:first-child')).toEqual([
      'Heart rate, power, cadence, speed, GPS route, altitude and temperature from Forerunner 955',
    ]);
  });
});
