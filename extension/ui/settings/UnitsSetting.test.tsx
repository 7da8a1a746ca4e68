import { describe, expect, it, vi } from 'vitest';
import type { SessionsDb } from '../../db';
import { useFreshDbOn } from '../test-support/fresh-db';
import { waitFor } from '../test-support/render';
import { mountSettings } from './settings-test-support';

let db: SessionsDb;
useFreshDbOn(Date.UTC(2024, 5, 12, 12), (fresh) => (db = fresh));

const radios = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLInputElement>('input[name="units"]'));

describe('units in Settings', () => {
  it('offers metric and imperial as a radio group showing the current choice, and hands on a new one', async () => {
    const choose = vi.fn();
    const root = mountSettings(db, 'imperial', choose);
    await waitFor(() => expect(radios(root)).toHaveLength(2));
    expect(radios(root).map((r) => [r.parentElement?.textContent, r.checked])).toEqual([
      ['Metric (km, m, km/h, min/km)', false],
      ['Imperial (mi, ft, mph, min/mi)', true],
    ]);
    expect(root.querySelector('#units-title')?.textContent).toBe('Units');
    radios(root)[0]!.click();
    expect(choose).toHaveBeenCalledWith('metric');
  });
});
