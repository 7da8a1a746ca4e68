import { describe, expect, it } from 'vitest';
import { dayToIsoDate, localDay } from '../../../shared/analytics';
import type { SessionsDb, WellnessRow } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, textsOf, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { WellnessView } from './WellnessView';
import { plantRows } from '../../db/test-support/tables';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

function wellness() {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <WellnessView />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

const day = (date: string, values: Partial<WellnessRow>): WellnessRow => ({
  id: date,
  date,
  updatedAt: 0,
  deletedAt: null,
  ...values,
});

describe('the wellness log', () => {
  it('says how to start when nothing is logged', async () => {
    const root = wellness();
    await waitFor(() => byText(root, 'Nothing logged yet. Use the check-in on Today to log how you slept and feel.'));
  });

  it('lists each day newest first with its values and units', async () => {
    await plantRows(db, 'wellness', [
      day('2024-06-01', { restingHr: 48, hrvRmssd: 62, sleepS: 27_000, soreness: 2, mood: 4 }),
      day('2024-06-02', { restingHr: 51, sleepS: 23_400, weightKg: 70.25, motivation: 5, notes: 'Slept badly' }),
      day('2024-06-03', { restingHr: 47, deletedAt: 1 }),
    ]);
    const root = wellness();
    await waitFor(() => expect(textsOf(root, '.wellness-date')).toEqual(['Sun, 2 Jun 2024', 'Sat, 1 Jun 2024']));
    expect(textsOf(root, '.wellness-values')).toEqual([
      'Resting HR 51 bpm · Sleep 6 h 30 min · Weight 70.3 kg · Motivation 5',
      'Resting HR 48 bpm · HRV 62 ms · Sleep 7 h 30 min · Soreness 2 · Mood 4',
    ]);
    byText(root, 'Slept badly', '.wellness-notes');
  });
});

describe('HRV trend', () => {
  it('flags a 7-day HRV average below the 60-day normal range', async () => {
    const today = localDay();
    // 13 ordinary days (62 and 58 ms in turn), then a week at 45 ms.
    const hrv = [...Array.from({ length: 13 }, (_, i) => (i % 2 === 0 ? 62 : 58)), ...Array<number>(7).fill(45)];
    await plantRows(
      db,
      'wellness',
      hrv.map((v, i) => day(dayToIsoDate(today - hrv.length + 1 + i), { hrvRmssd: v, restingHr: 50 })),
    );
    // Normal range: mean +- 1 population SD of the readings in the last 60 days (Plews; HRV4Training).
    const mean = hrv.reduce((a, b) => a + b, 0) / hrv.length;
    const sd = Math.sqrt(hrv.reduce((a, b) => a + (b - mean) ** 2, 0) / hrv.length);
    const [low, high] = [Math.round(mean - sd), Math.round(mean + sd)];
    expect([low, high]).toEqual([47, 62]);

    const root = wellness();
    await waitFor(() =>
      expect(textsOf(root, '.wellness-flags li')).toEqual([
        `Watch: HRV 7-day average 45 ms is below your normal range (${low} ms – ${high} ms)`,
      ]),
    );
    byText(root, `HRV 7-day average: 45 ms, below your normal range of ${low} ms – ${high} ms (last 60 days).`);
    expect(textsOf(root, '.day-charts figcaption span:first-child')).toEqual(['Resting HR', 'HRV']);
    expect(root.querySelectorAll('.wellness-log li')).toHaveLength(20);
  });
});
