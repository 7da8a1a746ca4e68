import { describe, expect, it, vi } from 'vitest';
import { readFormChoice, type SessionsDb } from '../../db';
import { useFreshDbOn } from '../test-support/fresh-db';
import { waitFor } from '../test-support/render';
import { fill, mountSettings } from './settings-test-support';

let db: SessionsDb;
useFreshDbOn(Date.UTC(2024, 5, 12, 12), (fresh) => (db = fresh));

const zone = (root: HTMLElement) => root.querySelector<HTMLSelectElement>('select[name="form-zone"]')!;
const ramp = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[name="ramp-limit"]')!;

describe('the form target in Settings', () => {
  it("offers intervals.icu's five form zones, optimal and a ramp limit of 8 first, and saves a change", async () => {
    const root = mountSettings(db);
    await waitFor(() => expect(zone(root)).not.toBeNull());
    expect(Array.from(zone(root).options, (o) => o.textContent)).toEqual([
      'Transition (above +25)',
      'Fresh (+5 to +25)',
      'Grey zone (-10 to +5)',
      'Optimal (-30 to -10)',
      'High risk (below -30)',
    ]);
    expect([zone(root).value, ramp(root).value]).toEqual(['optimal', '8']);

    fill(zone(root), 'fresh');
    await vi.waitFor(async () => expect(await readFormChoice(db)).toEqual({ zone: 'fresh', rampLimit: 8 }));
    ramp(root).value = '5';
    ramp(root).dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect(await readFormChoice(db)).toEqual({ zone: 'fresh', rampLimit: 5 }));
  });

  it('refuses a ramp limit that is not above 0, saying why', async () => {
    const root = mountSettings(db);
    await waitFor(() => expect(ramp(root)).not.toBeNull());
    ramp(root).value = '0';
    ramp(root).dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'The ramp limit must be a number above 0, not “0”.',
      ),
    );
    expect(await readFormChoice(db)).toEqual({ zone: 'optimal', rampLimit: 8 });
  });
});
