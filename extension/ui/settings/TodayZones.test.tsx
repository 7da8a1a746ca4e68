import { describe, expect, it } from 'vitest';
import { saveRecord, type SessionsDb } from '../../db';
import { useFreshDbOn } from '../test-support/fresh-db';
import { byText, waitFor } from '../test-support/render';
import { localMidnight } from '../common/local-date';
import { mountSettings } from './settings-test-support';

// Wednesday 12 June 2024, noon UTC: the same calendar day from UTC-11 to UTC+11.
const NOW = Date.UTC(2024, 5, 12, 12);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

const threshold = (id: string, key: 'ftp' | 'thresholdHr', value: number, day: string) =>
  saveRecord(db, 'profile', { id, key, value, from: localMidnight(day)! });

const rows = (table: HTMLTableElement) =>
  Array.from(table.querySelectorAll('tr'), (tr) => Array.from(tr.children, (cell) => cell.textContent).join(' | '));

describe("today's zones", () => {
  it('shows Coggan power and HR zones for the values in force today, not older or later ones', async () => {
    await threshold('old', 'ftp', 200, '2024-01-01');
    await threshold('now', 'ftp', 250, '2024-06-01');
    await threshold('later', 'ftp', 300, '2024-07-01');
    await threshold('hr', 'thresholdHr', 170, '2024-03-01');
    const root = mountSettings(db);
    const power = await waitFor(
      () => byText(root, 'Power zones (Coggan), from FTP 250 W', 'caption').closest('table')!,
    );
    // 55/75/90/105/120/150 % of 250 W: 137.5, 187.5, 225, 262.5, 300, 375 W, halves rounded up.
    expect(rows(power)).toEqual([
      'Z1 | Active recovery | < 138 W | < 55%',
      'Z2 | Endurance | 138–188 W | 55–75%',
      'Z3 | Tempo | 188–225 W | 75–90%',
      'Z4 | Threshold | 225–263 W | 90–105%',
      'Z5 | VO2max | 263–300 W | 105–120%',
      'Z6 | Anaerobic | 300–375 W | 120–150%',
      'Z7 | Neuromuscular | ≥ 375 W | ≥ 150%',
    ]);
    const hr = byText(root, 'Heart-rate zones, from threshold heart rate 170 bpm', 'caption').closest('table')!;
    // 68/83/94/105 % of 170 bpm: 115.6, 141.1, 159.8, 178.5 bpm.
    expect(rows(hr)).toEqual([
      'Z1 | Active recovery | < 116 bpm | < 68%',
      'Z2 | Endurance | 116–141 bpm | 68–83%',
      'Z3 | Tempo | 141–160 bpm | 83–94%',
      'Z4 | Threshold | 160–179 bpm | 94–105%',
      'Z5 | VO2max | ≥ 179 bpm | ≥ 105%',
    ]);
  });

  it('asks for a threshold when there is none to derive zones from', async () => {
    const root = mountSettings(db);
    await waitFor(() => byText(root, 'Add an FTP or a threshold heart rate to see your zones.'));
    expect(root.querySelectorAll('.settings-zones')).toHaveLength(0);
  });
});
