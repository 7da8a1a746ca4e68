import { describe, expect, it } from 'vitest';
import { saveRecord, type SessionsDb } from '../../db';
import { tableRows } from '../../db/test-support/tables';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDbOn } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { WorkoutForm } from './WorkoutForm';

const NOW = Date.UTC(2024, 5, 12, 12);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

function form() {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <WorkoutForm today="2024-06-12" onSaved={() => undefined} />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

/** Focus then activate, as Enter or Space on a focused button does. */
function press(button: HTMLElement) {
  button.focus();
  button.click();
}

function field<T extends HTMLInputElement | HTMLSelectElement>(root: HTMLElement, label: string): T {
  const found = root.querySelector<T>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no field "${label}"`);
  return found;
}

/** Types `value` (an input event), and for a select or a committed text field also the change event. */
function set(root: HTMLElement, label: string, value: string, event: 'input' | 'change' = 'input') {
  const input = field(root, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (event === 'change') input.dispatchEvent(new Event('change', { bubbles: true }));
}

const preview = (root: HTMLElement) => root.querySelector('.workout-preview')?.getAttribute('aria-label');

describe('building a structured workout', () => {
  it('adds a step and a repeat from the keyboard, sets targets, moves a step with Alt+Down, and the preview follows', async () => {
    await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: 0 });
    const root = form();
    press(byText(root, 'Add a step', 'button'));
    await waitFor(() => field(root, 'Step 1 minutes'));
    set(root, 'Step 1 minutes', '10');
    set(root, 'Step 1 target', 'ftp', 'change');
    await waitFor(
      () => expect(preview(root)).toBe('Intensity over time: 1 step, 0:10:00; hardest 95 % of threshold'),
      1000,
    );

    press(byText(root, 'Add a repeat', 'button'));
    await waitFor(() => field(root, 'Repeat 2, step 1 target'));
    set(root, 'Repeat 2, step 1 target', 'ftp', 'change');
    await waitFor(() => field(root, 'Repeat 2, step 1 from (%)'));
    set(root, 'Repeat 2, step 1 from (%)', '100');
    set(root, 'Repeat 2, step 1 to (%)', '110');
    set(root, 'Repeat 2, step 2 target', 'ftp', 'change');
    await waitFor(() => field(root, 'Repeat 2, step 2 from (%)'));
    set(root, 'Repeat 2, step 2 from (%)', '50');
    set(root, 'Repeat 2, step 2 to (%)', '60');
    // 10 min at 90-100 % FTP, then 3 x (5 min at 100-110 %, 3 min at 50-60 %).
    await waitFor(() =>
      expect(preview(root)).toBe('Intensity over time: 7 steps, 0:34:00; hardest 105 % of threshold'),
    );
    // (600 x 0.95² + 3 x (300 x 1.05² + 180 x 0.55²)) / 36 = 1697.1 / 36 = 47.1 on FTP 250.
    await waitFor(() => expect(root.querySelector('.workout-totals')?.textContent).toBe('Planned: 0:34:00 · load 47'));

    const stepOne = field(root, 'Step 1 for');
    stepOne.focus();
    stepOne.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    await waitFor(() => expect(root.querySelector('[data-step="1"] legend')?.textContent).toBe('Step 2'));
    await waitFor(() => expect(document.activeElement).toBe(field(root, 'Step 2 for')));
    expect(root.querySelector('.workout-block')?.getAttribute('class')).toBe('workout-block workout-work');

    press(byText(root, 'Save the workout', 'button'));
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Saved: Cycling on Wed, 12 Jun 2024, Planned: 0:34:00 · load 47.',
      ),
    );
    const [plan] = await tableRows(db, 'plans');
    expect(plan).toMatchObject({ date: '2024-06-12', sport: 'cycling', targetDurationS: 2040, targetLoad: 47 });
    expect(plan?.steps?.map((s) => ('times' in s ? `${s.times}x${s.steps.length}` : s.durationS))).toEqual([
      '3x2',
      600,
    ]);
    expect(root.querySelector('.workout-download a')?.getAttribute('download')).toBe('2024-06-12 workout.fit');
  });

  it('says what to do when saved without steps, and when a pace is not minutes:seconds', async () => {
    const root = form();
    press(byText(root, 'Save the workout', 'button'));
    await waitFor(() => byText(root, 'Add at least one step before saving the workout.'));
    press(byText(root, 'Add a step', 'button'));
    await waitFor(() => field(root, 'Step 1 target'));
    set(root, 'Step 1 target', 'pace', 'change');
    await waitFor(() => field(root, 'Step 1 slowest pace (per km)'));
    expect(field(root, 'Step 1 slowest pace (per km)').value).toBe('5:00');
    set(root, 'Step 1 fastest pace (per km)', '4.40', 'change');
    await waitFor(() => byText(root, 'Step 1: write each pace as minutes:seconds per km, like 4:30.'));
  });
});
