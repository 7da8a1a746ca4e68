import { describe, expect, it } from 'vitest';
import type { SessionsDb } from '../../db';
import { useFreshDbOn } from '../test-support/fresh-db';
import { byText, textsOf, waitFor } from '../test-support/render';
import { fill, mountSettings } from './settings-test-support';
import { countRows, tableRows } from '../../db/test-support/tables';

// Wednesday 12 June 2024, noon UTC: the same calendar day from UTC-11 to UTC+11.
const NOW = Date.UTC(2024, 5, 12, 12);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

const form = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form.threshold-form')!;
const field = (root: HTMLElement, label: string) => {
  const found = Array.from(form(root).querySelectorAll('label')).find((l) =>
    l.querySelector('span')?.textContent?.startsWith(label),
  );
  if (!found) throw new Error(`no field "${label}"`);
  return found.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
};
const listed = (root: HTMLElement) => textsOf(root, '.threshold-list .threshold-text');

async function add(root: HTMLElement, what: string, value: string, day: string): Promise<void> {
  fill(field(root, 'What'), what);
  fill(field(root, 'Value'), value);
  fill(field(root, 'In effect from'), day);
  byText(root, 'Add', 'button').click();
}

describe('thresholds', () => {
  it('adds a value and lists it with the day it took effect, stored in SI from local midnight', async () => {
    const root = mountSettings(db);
    await waitFor(() => byText(root, 'No thresholds yet.'));
    await add(root, 'ftp', '250', '2024-06-01');
    await waitFor(() => expect(listed(root)).toEqual(['FTP 250 W from Sat, 1 Jun 2024']));
    expect(byText(root, 'Saved: FTP 250 W from Sat, 1 Jun 2024.', '.settings-status')).toBeTruthy();
    expect(await tableRows(db, 'profile')).toMatchObject([
      { key: 'ftp', value: 250, from: new Date(2024, 5, 1).getTime(), deletedAt: null },
    ]);
    expect((await tableRows(db, 'profile'))[0]).not.toHaveProperty('sport');
  });

  it('keeps a value for one sport apart from the general one', async () => {
    const root = mountSettings(db);
    await waitFor(() => byText(root, 'No thresholds yet.'));
    fill(field(root, 'What'), 'thresholdHr');
    await waitFor(() => fill(field(root, 'For'), 'running'));
    await add(root, 'thresholdHr', '172', '2024-06-01');
    await waitFor(() =>
      expect(listed(root)).toEqual(['Threshold heart rate 172 bpm from Sat, 1 Jun 2024 (running only)']),
    );
    expect(await tableRows(db, 'profile')).toMatchObject([{ key: 'thresholdHr', value: 172, sport: 'running' }]);
  });

  it("reads a pace in the athlete's units and lists the newest value of a kind first", async () => {
    const root = mountSettings(db, 'imperial');
    await waitFor(() => byText(root, 'No thresholds yet.'));
    fill(field(root, 'What'), 'thresholdRunSpeed');
    await waitFor(() =>
      expect(field(root, 'Value').closest('label')!.querySelector('span')!.textContent).toBe('Value (m:ss per mi)'),
    );
    await add(root, 'thresholdRunSpeed', '7:15', '2024-01-01');
    await waitFor(() => expect(listed(root)).toHaveLength(1));
    await add(root, 'thresholdRunSpeed', '7:00', '2024-05-01');
    await waitFor(() =>
      expect(listed(root)).toEqual([
        'Threshold run pace 7:00 /mi from Wed, 1 May 2024',
        'Threshold run pace 7:15 /mi from Mon, 1 Jan 2024',
      ]),
    );
    // 7:15 per mile is 1609.344 m in 435 s.
    const stored = (await tableRows(db, 'profile')).map((r) => r.value).sort();
    expect(stored).toEqual([1609.344 / 435, 1609.344 / 420]);
  });

  it('says what is wrong with a value and saves nothing', async () => {
    const root = mountSettings(db);
    await waitFor(() => byText(root, 'No thresholds yet.'));
    const cases: [string, string, string][] = [
      ['ftp', '', 'Enter a value for FTP.'],
      ['ftp', 'lots', 'FTP must be a number, in W.'],
      ['ftp', '2500', 'FTP must be between 30 W and 700 W.'],
      ['thresholdRunSpeed', '4.30', 'Threshold run pace must be minutes and seconds per km, like 4:30.'],
      ['thresholdRunSpeed', '1:30', 'Threshold run pace must be between 2:00 /km and 15:00 /km.'],
      ['weight', '20', 'Weight must be between 25.0 kg and 250.0 kg.'],
    ];
    for (const [what, value, message] of cases) {
      await add(root, what, value, '2024-06-01');
      await waitFor(() => expect(form(root).querySelector('[role=alert]')?.textContent).toBe(message));
      expect(field(root, 'Value').getAttribute('aria-invalid')).toBe('true');
    }
    await add(root, 'ftp', '250', '');
    await waitFor(() =>
      expect(form(root).querySelector('[role=alert]')?.textContent).toBe('Choose the day this FTP took effect.'),
    );
    expect(await countRows(db, 'profile')).toBe(0);
  });

  it('refuses a second value for the same thing on the same day', async () => {
    const root = mountSettings(db);
    await add(root, 'ftp', '250', '2024-06-01');
    await waitFor(() => expect(listed(root)).toHaveLength(1));
    await add(root, 'ftp', '260', '2024-06-01');
    await waitFor(() =>
      expect(form(root).querySelector('[role=alert]')?.textContent).toBe(
        'There is already FTP 250 W from Sat, 1 Jun 2024. Edit that one instead.',
      ),
    );
    expect(await countRows(db, 'profile')).toBe(1);
  });

  it('edits a value in place and deletes one, leaving a bare tombstone', async () => {
    const root = mountSettings(db);
    await add(root, 'ftp', '250', '2024-06-01');
    await waitFor(() => expect(listed(root)).toHaveLength(1));
    root.querySelector<HTMLButtonElement>('[aria-label="Edit FTP 250 W from Sat, 1 Jun 2024"]')!.click();
    await waitFor(() => expect(field(root, 'Value').value).toBe('250'));
    fill(field(root, 'Value'), '265');
    byText(root, 'Save changes', 'button').click();
    await waitFor(() => expect(listed(root)).toEqual(['FTP 265 W from Sat, 1 Jun 2024']));
    expect(await countRows(db, 'profile')).toBe(1);

    root.querySelector<HTMLButtonElement>('[aria-label="Delete FTP 265 W from Sat, 1 Jun 2024"]')!.click();
    await waitFor(() => byText(root, 'No thresholds yet.'));
    expect(byText(root, 'Deleted: FTP 265 W from Sat, 1 Jun 2024.', '.settings-status')).toBeTruthy();
    const [tombstone] = await tableRows(db, 'profile');
    expect(Object.keys(tombstone!).sort()).toEqual(['deletedAt', 'id', 'updatedAt']);
  });
});
