import { beforeEach, describe, expect, it } from 'vitest';
import { epochMs, meters, seconds, watts, type Sport } from '../../../shared/model';
import { type PlanRow, saveRecord, type SessionsDb } from '../../db';
import { App } from '../App';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDbOn } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, the, unmountAll, waitFor } from '../test-support/render';
import { knownSession, storedRow } from '../test-support/sessions';
import { makeFormat, type UnitSystem } from '../units/format';
import { PlanView } from './PlanView';
import { PLAN_DRAG_TYPE } from './WeekRow';
import { countRows, plantRows, tableRow, tableRows } from '../../db/test-support/tables';

// Wednesday 12 June 2024, noon UTC: the same calendar day from UTC-11 to UTC+11.
// The shown weeks are 3-9 June (last week), 10-16 June (this week) and 17-23 June.
const NOW = Date.UTC(2024, 5, 12, 12);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

function plan(
  units: UnitSystem = 'metric',
  onOpenSession: (id: string) => void = () => undefined,
  storage = memoryStorage(),
) {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat(units, 'en-GB')}>
        <PlanView onOpenSession={onOpenSession} storage={storage} />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

/** A session at 07:00 UTC on `date` (no UTC offset in the file, so that is its local day). */
async function done(id: string, date: string, minutes: number, sport: Sport = 'running') {
  const session = knownSession(id, 0, {
    start: epochMs(Date.parse(`${date}T07:00:00Z`)),
    movingS: seconds(minutes * 60),
    elapsedS: seconds(minutes * 60),
    sport,
    title: null,
  });
  await plantRows(db, 'sessions', [storedRow(session)]);
}

const planned = (id: string, date: string, minutes: number, sport: Sport = 'running') =>
  saveRecord(db, 'plans', { id, date, sport, targetDurationS: minutes * 60 });

const day = (root: HTMLElement, date: string) => root.querySelector<HTMLElement>(`[data-date="${date}"]`)!;
const headings = (root: HTMLElement) => textsOf(root, '.plan-week-heading');

describe('compliance in the calendar', () => {
  beforeEach(async () => {
    await planned('mon', '2024-06-10', 60);
    await done('run58', '2024-06-10', 58);
    await planned('tue', '2024-06-11', 60);
    await done('run40', '2024-06-11', 40);
    await planned('last-week', '2024-06-04', 60, 'cycling');
    await done('extra', '2024-06-05', 30);
    await planned('fri', '2024-06-14', 45, 'swimming');
  });

  it('marks each planned session with its word and colour, and sessions without a plan as unplanned', async () => {
    const root = plan();
    await waitFor(() => expect(textsOf(day(root, '2024-06-10'), '.plan-status')).toEqual(['done']));
    // 58 of 60 min is 97 %: within ±20 %, green.
    expect(day(root, '2024-06-10').querySelector('.plan-planned')!.className).toBe('plan-planned plan-green');
    expect(textsOf(day(root, '2024-06-10'), '.plan-entry-numbers')).toEqual(['1:00:00', '0:58:00']);
    // 40 of 60 min is 67 %: yellow.
    expect(textsOf(day(root, '2024-06-11'), '.plan-status')).toEqual(['partial']);
    expect(day(root, '2024-06-11').querySelector('.plan-planned')!.className).toBe('plan-planned plan-yellow');
    // Nothing done on a past day: missed, red.
    expect(textsOf(day(root, '2024-06-04'), '.plan-status')).toEqual(['missed']);
    expect(day(root, '2024-06-04').querySelector('.plan-planned')!.className).toBe('plan-planned plan-red');
    expect(textsOf(day(root, '2024-06-05'), '.plan-status')).toEqual(['unplanned']);
    // Friday is still to come: no colour yet.
    expect(textsOf(day(root, '2024-06-14'), '.plan-status')).toEqual(['upcoming']);
    expect(textsOf(day(root, '2024-06-14'), '.plan-entry-sport')).toEqual(['Swimming']);
    expect(day(root, '2024-06-12').getAttribute('aria-current')).toBe('date');
  });

  it('counts each week', async () => {
    const root = plan();
    await waitFor(() =>
      expect(textsOf(root, '.plan-week-counts')).toEqual([
        '0 done · 0 partial · 1 missed · 1 unplanned',
        '1 done · 1 partial · 0 missed · 0 unplanned · 1 to come',
        'Nothing planned or done',
      ]),
    );
  });

  it('opens a done session', async () => {
    const opened: string[] = [];
    const root = plan('metric', (id) => opened.push(id));
    (await waitFor(() => byText(day(root, '2024-06-11'), 'Running0:40:00', 'button'))).click();
    expect(opened).toEqual(['run40']);
  });

  it('deletes a planned session after naming it, or keeps it', async () => {
    const root = plan();
    const remove = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>(
        '[aria-label="Delete the planned Running on Tue, 11 Jun 2024"]',
      );
      if (!button) throw new Error('no delete button for Tuesday’s plan');
      return button;
    });
    // As from the keyboard: the button has focus when it is pressed.
    remove.focus();
    remove.click();
    await waitFor(() => byText(root, 'Delete the planned Running on Tue, 11 Jun 2024?', '.plan-confirm p'));
    await waitFor(() => expect(document.activeElement!.textContent).toBe('Delete plan'));
    byText(root, 'Keep it', 'button').click();
    await waitFor(() => expect(root.querySelector('.plan-confirm')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(await tableRow(db, 'plans', 'tue')).toMatchObject({ deletedAt: null });

    remove.click();
    (await waitFor(() => byText(root, 'Delete plan', 'button'))).click();
    // The 40-min run loses its plan and becomes unplanned.
    await waitFor(() => expect(textsOf(day(root, '2024-06-11'), '.plan-status')).toEqual(['unplanned']));
    expect((await tableRow(db, 'plans', 'tue'))!.deletedAt).toEqual(expect.any(Number));
  });
});

describe('a plan with only a load target', () => {
  it('compares it with the load scored from the session and the athlete’s FTP', async () => {
    await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
    await saveRecord(db, 'plans', { id: 'load', date: '2024-06-10', sport: 'cycling', targetLoad: 100 });
    const ride = knownSession('ride', 0, {
      start: epochMs(Date.UTC(2024, 5, 10, 7)),
      movingS: seconds(3600),
      elapsedS: seconds(3600),
      avgPowerW: watts(200),
    });
    await plantRows(db, 'sessions', [storedRow(ride)]);
    const root = plan();
    // Power TSS = hours × IF² × 100 = 1 × (200 / 250)² × 100 = 64: 64 % of the planned 100, yellow.
    await waitFor(() => expect(textsOf(day(root, '2024-06-10'), '.plan-status')).toEqual(['partial']));
    expect(textsOf(day(root, '2024-06-10'), '.plan-entry-numbers')).toEqual(['load 100', '1:00:00']);
    expect(day(root, '2024-06-10').querySelector('.plan-planned')!.className).toBe('plan-planned plan-yellow');
  });
});

describe('moving between weeks', () => {
  it('shows last, this and next week, and moves a week at a time', async () => {
    const root = plan();
    await waitFor(() =>
      expect(headings(root)).toEqual(['3 Jun – 9 Jun', '10 Jun – 16 Jun (this week)', '17 Jun – 23 Jun']),
    );
    expect(textsOf(root, '.plan-weekdays li')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    byText(root, 'Next week', 'button').click();
    await waitFor(() =>
      expect(headings(root)).toEqual(['10 Jun – 16 Jun (this week)', '17 Jun – 23 Jun', '24 Jun – 30 Jun']),
    );
    byText(root, 'Previous week', 'button').click();
    byText(root, 'Previous week', 'button').click();
    await waitFor(() =>
      expect(headings(root)).toEqual(['27 May – 2 Jun', '3 Jun – 9 Jun', '10 Jun – 16 Jun (this week)']),
    );
    byText(root, 'This week', 'button').click();
    await waitFor(() =>
      expect(headings(root)).toEqual(['3 Jun – 9 Jun', '10 Jun – 16 Jun (this week)', '17 Jun – 23 Jun']),
    );
  });

  it('shows the plans of the weeks it moves to', async () => {
    await planned('later', '2024-06-26', 90, 'cycling');
    const root = plan();
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    expect(root.querySelector('[data-date="2024-06-26"]')).toBeNull();
    byText(root, 'Next week', 'button').click();
    await waitFor(() => expect(textsOf(day(root, '2024-06-26'), '.plan-entry-numbers')).toEqual(['1:30:00']));
  });
});

describe('adding a planned session', () => {
  function fill(root: HTMLElement, label: string, value: string) {
    const field = byText(root, label, 'label > span').parentElement!.querySelector<
      HTMLInputElement | HTMLSelectElement
    >('input, select')!;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
  /** Preact renders typed values a task later; a person's click always comes after that. */
  const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('stores the plan and shows it in its week', async () => {
    const root = plan();
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    byText(root, 'Add a planned session', 'summary').click();
    fill(root, 'Date', '2024-06-20');
    fill(root, 'Sport', 'cycling');
    fill(root, 'Target duration (h:mm)', '1:30');
    fill(root, 'Distance (km, optional)', '40');
    fill(root, 'Load (optional)', '80');
    fill(root, 'Title or notes (optional)', 'Tempo');
    await rendered();
    byText(root, 'Add to plan', 'button').click();

    await waitFor(() => byText(root, 'Planned: Cycling on Thu, 20 Jun 2024.'));
    const rows = await tableRows(db, 'plans');
    expect(rows).toEqual([
      {
        id: rows[0]!.id,
        date: '2024-06-20',
        sport: 'cycling',
        targetDurationS: 5400,
        targetDistanceM: 40_000,
        targetLoad: 80,
        title: 'Tempo',
        updatedAt: expect.any(Number),
        deletedAt: null,
      },
    ]);
    await waitFor(() =>
      expect(textsOf(day(root, '2024-06-20'), '.plan-planned > span')).toEqual([
        'Cycling',
        'Tempo',
        '1:30:00 · 40.00 km · load 80',
        'upcoming',
      ]),
    );
  });

  it('takes distance in miles when the athlete uses imperial units, and shows it back in miles', async () => {
    const root = plan('imperial');
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    fill(root, 'Date', '2024-06-13');
    fill(root, 'Target duration (h:mm)', '1:00');
    fill(root, 'Distance (mi, optional)', '6.2');
    await rendered();
    byText(root, 'Add to plan', 'button').click();
    await waitFor(() => expect(textsOf(day(root, '2024-06-13'), '.plan-entry-numbers')).toEqual(['1:00:00 · 6.20 mi']));
    // 6.2 mi × 1609.344 m.
    expect((await tableRows(db, 'plans'))[0]!.targetDistanceM).toBeCloseTo(9977.93, 2);
  });

  it('says what to fix and stores nothing when the duration is not h:mm', async () => {
    const root = plan();
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    fill(root, 'Target duration (h:mm)', '90');
    await rendered();
    byText(root, 'Add to plan', 'button').click();
    await waitFor(() =>
      byText(root, 'Write the target duration as hours:minutes, for example 1:30.', '[role="alert"]'),
    );
    expect(await countRows(db, 'plans')).toBe(0);
  });
});

describe('in the side panel', () => {
  it('is reached from the top bar, and a done session opens its detail', async () => {
    await done('run58', '2024-06-10', 58);
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    (await waitFor(() => byText(root, 'Plan', 'button'))).click();
    (await waitFor(() => byText(day(root, '2024-06-10'), 'Running0:58:00unplanned', 'button'))).click();
    await waitFor(() => expect(root.querySelector('#detail-title')?.textContent).toBe('Running'));
    expect(root.querySelector('.plan-view')).toBeNull();
  });
});

/** The edit button of a plan, as the keyboard reaches it. */
const editButton = (root: HTMLElement, id: string) => the<HTMLButtonElement>(root, `[data-plan-id="${id}"] .plan-edit`);
const outboxed = async (id: string) => (await tableRow(db, 'outbox', `plans:${id}`))?.op;
/** A plan stored long ago, so a change stamps a later time. */
const oldPlan = (row: Omit<PlanRow, 'updatedAt' | 'deletedAt'>) =>
  plantRows(db, 'plans', [{ ...row, updatedAt: 1, deletedAt: null }]);

describe('moving a planned session', () => {
  it('moves it a day with Alt+Right and a week with Alt+Down, keeping focus on it', async () => {
    await oldPlan({ id: 'tue', date: '2024-06-11', sport: 'running', targetDurationS: 3600, title: 'Tempo' });
    const root = plan();
    const edit = await waitFor(() => editButton(root, 'tue'));
    edit.focus();
    edit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }));
    await waitFor(() => expect(textsOf(day(root, '2024-06-12'), '.plan-entry-title')).toEqual(['Tempo']));
    expect(textsOf(day(root, '2024-06-11'), '.plan-entry-title')).toEqual([]);
    byText(root, 'Moved the planned Running “Tempo” on Tue, 11 Jun 2024 to Wed, 12 Jun 2024.', '[role="status"]');
    await waitFor(() => expect(document.activeElement).toBe(editButton(root, 'tue')));
    const moved = (await tableRow(db, 'plans', 'tue'))!;
    expect(moved).toMatchObject({ date: '2024-06-12', title: 'Tempo', targetDurationS: 3600 });
    expect(moved.updatedAt).toBeGreaterThan(1);
    expect(await outboxed('tue')).toBe('put');

    // An arrow without Alt leaves it where it is.
    editButton(root, 'tue').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    editButton(root, 'tue').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
    );
    await waitFor(() => expect(textsOf(day(root, '2024-06-19'), '.plan-entry-title')).toEqual(['Tempo']));
    expect((await tableRow(db, 'plans', 'tue'))!.date).toBe('2024-06-19');
    expect(headings(root)).toEqual(['3 Jun – 9 Jun', '10 Jun – 16 Jun (this week)', '17 Jun – 23 Jun']);

    // Past the last week drawn, the calendar follows the plan and focus stays on it.
    await waitFor(() => expect(document.activeElement).toBe(editButton(root, 'tue')));
    editButton(root, 'tue').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
    );
    await waitFor(() => expect(headings(root)).toEqual(['17 Jun – 23 Jun', '24 Jun – 30 Jun', '1 Jul – 7 Jul']));
    await waitFor(() => expect(textsOf(day(root, '2024-06-26'), '.plan-entry-title')).toEqual(['Tempo']));
    await waitFor(() => expect(document.activeElement).toBe(editButton(root, 'tue')));

    // Once there, focus is the athlete's: a week away and back leaves it on the button pressed.
    const press = async (step: string, firstWeek: string) => {
      const button = byText(root, step, 'button');
      button.focus();
      button.click();
      await waitFor(() => expect(headings(root)[0]).toBe(firstWeek));
    };
    await press('Next week', '24 Jun – 30 Jun');
    await press('Next week', '1 Jul – 7 Jul');
    await press('Previous week', '24 Jun – 30 Jun');
    await waitFor(() => expect(textsOf(day(root, '2024-06-26'), '.plan-entry-title')).toEqual(['Tempo']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(byText(root, 'Previous week', 'button'));
  });

  it('moves it by drag and drop onto another day, and leaves other drags to the file import', async () => {
    await oldPlan({ id: 'mon', date: '2024-06-10', sport: 'cycling', targetDurationS: 5400 });
    const root = plan();
    const item = await waitFor(() => the(root, '[data-plan-id="mon"]'));
    expect(item.getAttribute('draggable')).toBe('true');
    const drag = (type: string, target: HTMLElement, types: string[]) => {
      const data = new Map<string, string>();
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: {
          types,
          setData: (k: string, v: string) => data.set(k, v),
          getData: (k: string) => data.get(k) ?? '',
          dropEffect: 'none',
          effectAllowed: 'all',
        },
      });
      target.dispatchEvent(event);
      return event;
    };
    // Files dragged over a day are not taken: the panel-wide drop imports them.
    expect(drag('dragover', day(root, '2024-06-15'), ['Files']).defaultPrevented).toBe(false);

    drag('dragstart', item, []);
    expect(drag('dragover', day(root, '2024-06-15'), [PLAN_DRAG_TYPE]).defaultPrevented).toBe(true);
    expect(drag('drop', day(root, '2024-06-15'), [PLAN_DRAG_TYPE]).defaultPrevented).toBe(true);
    await waitFor(() =>
      expect(textsOf(day(root, '2024-06-15'), '.plan-planned .plan-entry-sport')).toEqual(['Cycling']),
    );
    expect(textsOf(day(root, '2024-06-10'), '.plan-planned')).toEqual([]);
    expect(await tableRow(db, 'plans', 'mon')).toMatchObject({ date: '2024-06-15', targetDurationS: 5400 });
    expect(await outboxed('mon')).toBe('put');
    // The drag is over: a later drop without one moves nothing.
    expect(drag('drop', day(root, '2024-06-16'), [PLAN_DRAG_TYPE]).defaultPrevented).toBe(false);
  });
});

describe('editing a planned session', () => {
  const steps = [{ durationS: 600, label: 'warm up' }];
  beforeEach(() =>
    oldPlan({
      id: 'thu',
      date: '2024-06-13',
      sport: 'running',
      targetDurationS: 3600,
      targetDistanceM: 12_000,
      targetLoad: 70,
      title: 'Hills',
      steps,
    }),
  );
  const field = (root: HTMLElement, label: string) =>
    byText(the(root, '.plan-edit-form'), label, 'label > span').parentElement!.querySelector<
      HTMLInputElement | HTMLSelectElement
    >('input, select')!;
  function fill(root: HTMLElement, label: string, value: string) {
    const input = field(root, label);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
  const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('changes every field, keeps the steps, and shows it on its new day', async () => {
    const root = plan();
    (await waitFor(() => editButton(root, 'thu'))).click();
    await waitFor(() => expect(document.activeElement).toBe(field(root, 'Date')));
    expect(textsOf(root, '.plan-edit-heading')).toEqual(['Edit the planned Running “Hills” on Thu, 13 Jun 2024']);
    expect(
      [
        'Date',
        'Sport',
        'Target duration (h:mm)',
        'Distance (km, optional)',
        'Load (optional)',
        'Title or notes (optional)',
      ].map((label) => field(root, label).value),
    ).toEqual(['2024-06-13', 'running', '1:00', '12', '70', 'Hills']);

    fill(root, 'Date', '2024-06-15');
    fill(root, 'Sport', 'cycling');
    fill(root, 'Target duration (h:mm)', '2:15');
    fill(root, 'Distance (km, optional)', '60');
    fill(root, 'Load (optional)', '');
    fill(root, 'Title or notes (optional)', 'Long ride');
    await rendered();
    byText(root, 'Save changes', 'button').click();

    await waitFor(() =>
      expect(textsOf(day(root, '2024-06-15'), '.plan-planned > span')).toEqual([
        'Cycling',
        'Long ride',
        '2:15:00 · 60.00 km',
        'upcoming',
      ]),
    );
    expect(root.querySelector('.plan-edit-form')).toBeNull();
    const row = (await tableRow(db, 'plans', 'thu'))!;
    expect(row).toEqual({
      id: 'thu',
      date: '2024-06-15',
      sport: 'cycling',
      targetDurationS: 8100,
      targetDistanceM: 60_000,
      title: 'Long ride',
      steps,
      updatedAt: row.updatedAt,
      deletedAt: null,
    });
    expect(row.updatedAt).toBeGreaterThan(1);
    expect(await outboxed('thu')).toBe('put');
    await waitFor(() => expect(document.activeElement).toBe(editButton(root, 'thu')));
  });

  it('says what to fix and changes nothing when a field is wrong; Cancel leaves it', async () => {
    const root = plan();
    const edit = await waitFor(() => editButton(root, 'thu'));
    edit.focus();
    edit.click();
    await waitFor(() => field(root, 'Target duration (h:mm)'));
    fill(root, 'Target duration (h:mm)', '75');
    await rendered();
    byText(root, 'Save changes', 'button').click();
    await waitFor(() =>
      byText(root, 'Write the target duration as hours:minutes, for example 1:30.', '[role="alert"]'),
    );
    byText(root, 'Cancel', 'button').click();
    await waitFor(() => expect(root.querySelector('.plan-edit-form')).toBeNull());
    expect(await tableRow(db, 'plans', 'thu')).toMatchObject({ targetDurationS: 3600, updatedAt: 1 });
    expect(await outboxed('thu')).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(editButton(root, 'thu')));
  });
});

describe('copying a week', () => {
  it('copies the week’s plans to the chosen week under new ids, steps kept, and shows that week', async () => {
    const steps = [{ durationS: 480, target: { kind: 'power' as const, low: 250, high: 270 } }];
    await oldPlan({ id: 'tue', date: '2024-06-11', sport: 'cycling', targetDurationS: 3600, steps });
    await oldPlan({ id: 'sun', date: '2024-06-16', sport: 'running', targetDurationS: 5400, title: 'Long' });
    await oldPlan({ id: 'other-week', date: '2024-06-17', sport: 'swimming', targetDurationS: 1800 });
    const root = plan();
    (
      await waitFor(() => byText(root, 'Copy week…', '[aria-label="Copy the plans of the week of 10 Jun – 16 Jun"]'))
    ).click();
    const target = await waitFor(() => the<HTMLInputElement>(root, '.plan-copy-form input[type="date"]'));
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.value).toBe('2024-06-17');

    // Copying a week onto itself is refused.
    target.value = '2024-06-14';
    target.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    byText(root, 'Copy week', 'button').click();
    await waitFor(() => byText(root, 'Choose another week than the one copied.', '[role="alert"]'));

    // Any day of the target week will do: Wednesday 26 June is in the week of 24 June.
    target.value = '2024-06-26';
    target.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    byText(root, 'Copy week', 'button').click();
    await waitFor(() => byText(root, 'Copied 2 planned sessions to the week of 24 Jun – 30 Jun.', '[role="status"]'));
    await waitFor(() => expect(headings(root)).toEqual(['17 Jun – 23 Jun', '24 Jun – 30 Jun', '1 Jul – 7 Jul']));
    await waitFor(() => expect(textsOf(day(root, '2024-06-25'), '.plan-entry-numbers')).toEqual(['1:00:00']));
    expect(textsOf(day(root, '2024-06-30'), '.plan-entry-title')).toEqual(['Long']);

    const rows = await tableRows(db, 'plans');
    const copies = rows.filter((r) => !['tue', 'sun', 'other-week'].includes(r.id));
    expect(
      copies.map(({ id: _id, updatedAt: _at, ...rest }) => rest).sort((a, b) => a.date.localeCompare(b.date)),
    ).toEqual([
      { date: '2024-06-25', sport: 'cycling', targetDurationS: 3600, steps, deletedAt: null },
      { date: '2024-06-30', sport: 'running', targetDurationS: 5400, title: 'Long', deletedAt: null },
    ]);
    expect(new Set(copies.map((c) => c.id)).size).toBe(2);
    expect(rows).toHaveLength(5);
    for (const copy of copies) expect(await outboxed(copy.id)).toBe('put');
  });
});

describe('the month and season calendars', () => {
  beforeEach(async () => {
    await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
    await saveRecord(db, 'plans', { id: 'may', date: '2024-05-31', sport: 'running', targetDurationS: 1800 });
    await saveRecord(db, 'plans', {
      id: 'mon',
      date: '2024-06-10',
      sport: 'running',
      targetDurationS: 3600,
      targetDistanceM: 10_000,
      targetLoad: 50,
    });
    await planned('tue', '2024-06-11', 60);
    await saveRecord(db, 'plans', {
      id: 'wed',
      date: '2024-06-05',
      sport: 'cycling',
      targetDurationS: 5400,
      targetDistanceM: 40_000,
    });
    await saveRecord(db, 'plans', {
      id: 'swim',
      date: '2024-06-14',
      sport: 'swimming',
      targetDurationS: 2700,
      targetDistanceM: 2000,
    });
    const at7 = (date: string) => epochMs(Date.parse(`${date}T07:00:00Z`));
    const session = (id: string, date: string, minutes: number, sport: Sport, distanceM: number | null, over = {}) =>
      storedRow(
        knownSession(id, 0, {
          start: at7(date),
          movingS: seconds(minutes * 60),
          elapsedS: seconds(minutes * 60),
          sport,
          title: null,
          distanceM: distanceM === null ? null : meters(distanceM),
          ...over,
        }),
      );
    await plantRows(db, 'sessions', [
      session('run58', '2024-06-10', 58, 'running', 9500),
      session('run40', '2024-06-11', 40, 'running', null),
      // Power TSS = 1 h × (200 / 250)² × 100 = 64.
      session('ride', '2024-06-05', 60, 'cycling', 36_000, { avgPowerW: watts(200) }),
      session('extra', '2024-06-03', 30, 'running', 5000),
    ]);
  });
  const choose = (root: HTMLElement, layout: string) =>
    byText(root, layout, 'label > span').parentElement!.querySelector('input')!.click();
  const rows = (root: ParentNode) =>
    Array.from(root.querySelectorAll('tr'), (tr) => Array.from(tr.children, (cell) => cell.textContent));

  it('draws the month’s weeks with compliance, and the month’s planned and done volume by sport', async () => {
    const storage = memoryStorage();
    const root = plan('metric', undefined, storage);
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    // One radio group, so the arrow keys move between the calendars as in any form.
    const radios = Array.from(root.querySelectorAll<HTMLInputElement>('.plan-layouts input'));
    expect(radios.map((r) => [r.type, r.name, r.parentElement!.textContent, r.checked])).toEqual([
      ['radio', 'plan-layout', '3 weeks', true],
      ['radio', 'plan-layout', 'Month', false],
      ['radio', 'plan-layout', 'Season', false],
    ]);
    choose(root, 'Month');
    await waitFor(() => expect(textsOf(root, '.plan-period-heading')).toEqual(['June 2024']));
    await waitFor(() => expect(root.querySelectorAll('.plan-day')).toHaveLength(35));
    const dates = Array.from(root.querySelectorAll<HTMLElement>('.plan-day'), (d) => d.dataset.date);
    expect([dates[0], dates[34]]).toEqual(['2024-05-27', '2024-06-30']);
    expect(Array.from(root.querySelectorAll<HTMLElement>('.plan-day-outside'), (d) => d.dataset.date)).toEqual([
      '2024-05-27',
      '2024-05-28',
      '2024-05-29',
      '2024-05-30',
      '2024-05-31',
    ]);
    // The plans and their colours as in the three weeks: 58 of 60 min green, 40 of 60 yellow, 31 May missed.
    expect(day(root, '2024-06-10').querySelector('.plan-planned')!.className).toBe('plan-planned plan-green');
    expect(day(root, '2024-06-11').querySelector('.plan-planned')!.className).toBe('plan-planned plan-yellow');
    expect(textsOf(day(root, '2024-05-31'), '.plan-status')).toEqual(['missed']);
    // 31 May is not June's: it is drawn but not counted.
    expect(textsOf(root, '.plan-month-totals caption')).toEqual(['June 2024: done / planned']);
    expect(rows(root.querySelector('.plan-month-totals')!)).toEqual([
      ['Sport', 'Time', 'Distance', 'Load'],
      ['Running', '2:08:00 / 2:00:00', '14.50 km / 10.00 km', '– / 50'],
      ['Cycling', '1:00:00 / 1:30:00', '36.00 km / 40.00 km', '64 / –'],
      ['Swimming', '– / 0:45:00', '– / 2,000 m', '– / –'],
      ['Total', '3:08:00 / 4:15:00', '50.50 km / 52.00 km', '64 / 50'],
    ]);

    byText(root, 'Next month', 'button').click();
    await waitFor(() => expect(textsOf(root, '.plan-period-heading')).toEqual(['July 2024']));
    await waitFor(() => expect(rows(root.querySelector('.plan-month-totals')!)).toHaveLength(2));
    expect(rows(root.querySelector('.plan-month-totals tfoot')!)).toEqual([['Total', '– / –', '– / –', '– / –']]);

    // Remembered: the view opens on the month next time.
    expect(storage.getItem('sessionsai.plan-layout')).toBe('month');
    unmountAll();
    const again = plan('metric', undefined, storage);
    await waitFor(() => expect(textsOf(again, '.plan-period-heading')).toEqual(['June 2024']));
    expect(again.querySelector<HTMLInputElement>('input[value="month"]')!.checked).toBe(true);
  });

  it('lists the season’s weeks with planned and done volume per sport, and the season’s totals', async () => {
    const root = plan();
    await waitFor(() => expect(headings(root)).toHaveLength(3));
    choose(root, 'Season');
    // Twelve weeks: this week, the three after it and the eight before.
    await waitFor(() =>
      expect(textsOf(root, '.plan-season caption')).toEqual(['12 weeks, 15 Apr 2024 – 7 Jul 2024: done / planned']),
    );
    await waitFor(() => expect(root.querySelectorAll('.plan-season tbody')).toHaveLength(12));
    const week = (monday: string) => rows(root.querySelector(`.plan-season tbody[data-week="${monday}"]`)!);
    expect(week('2024-04-15')).toEqual([['15 Apr', '– / –', '– / –', '– / –']]);
    expect(week('2024-05-27')).toEqual([
      ['27 May', '– / 0:30:00', '– / –', '– / –'],
      ['Running', '– / 0:30:00', '– / –', '– / –'],
    ]);
    expect(week('2024-06-03')).toEqual([
      ['3 Jun', '1:30:00 / 1:30:00', '41.00 km / 40.00 km', '64 / –'],
      ['Running', '0:30:00 / –', '5.00 km / –', '– / –'],
      ['Cycling', '1:00:00 / 1:30:00', '36.00 km / 40.00 km', '64 / –'],
    ]);
    expect(week('2024-06-10')).toEqual([
      ['10 Jun (this week)', '1:38:00 / 2:45:00', '9.50 km / 12.00 km', '– / 50'],
      ['Running', '1:38:00 / 2:00:00', '9.50 km / 10.00 km', '– / 50'],
      ['Swimming', '– / 0:45:00', '– / 2,000 m', '– / –'],
    ]);
    // Past weeks carry the compliance colour of their time: 1:30 of 1:30 green, nothing of 0:30 red; this week none yet.
    const weekClass = (monday: string) => the(root, `.plan-season tbody[data-week="${monday}"] tr`).className;
    expect(['2024-04-15', '2024-05-27', '2024-06-03', '2024-06-10'].map(weekClass)).toEqual([
      'plan-volume-week',
      'plan-volume-week plan-red',
      'plan-volume-week plan-green',
      'plan-volume-week',
    ]);
    expect(rows(root.querySelector('.plan-season tfoot')!)).toEqual([
      ['Total', '3:08:00 / 4:45:00', '50.50 km / 52.00 km', '64 / 50'],
      ['Running', '2:08:00 / 2:30:00', '14.50 km / 10.00 km', '– / 50'],
      ['Cycling', '1:00:00 / 1:30:00', '36.00 km / 40.00 km', '64 / –'],
      ['Swimming', '– / 0:45:00', '– / 2,000 m', '– / –'],
    ]);

    const length = byText(root, 'Weeks shown', 'label > span').parentElement!.querySelector('select')!;
    length.value = '26';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(root.querySelectorAll('.plan-season tbody')).toHaveLength(26));
    expect(textsOf(root, '.plan-season caption')).toEqual(['26 weeks, 8 Jan 2024 – 7 Jul 2024: done / planned']);
    byText(root, 'Earlier weeks', 'button').click();
    await waitFor(() =>
      expect(textsOf(root, '.plan-season caption')).toEqual(['26 weeks, 10 Jul 2023 – 7 Jan 2024: done / planned']),
    );
  });
});
