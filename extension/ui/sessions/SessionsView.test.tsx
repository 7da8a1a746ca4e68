import { MS_PER_DAY } from '../../../shared/analytics';
import { beforeEach, describe, expect, it } from 'vitest';
import { meters, metersPerSecond } from '../../../shared/model';
import type { SessionsDb } from '../../db';
import { App } from '../App';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, waitFor } from '../test-support/render';
import { knownSession, START, storedRow } from '../test-support/sessions';
import { SESSION_ROW_HEIGHT } from './SessionsView';
import { plantRows } from '../../db/test-support/tables';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

/** The panel, moved from Today (where it opens on a library with sessions) to the list. */
async function app(storage = memoryStorage()): Promise<HTMLElement> {
  const root = mount(<App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={storage} />);
  (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
  return root;
}

function setValue(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('a library of 150 sessions', () => {
  beforeEach(async () => {
    // One a day, newest last; every tenth is a run, every hundredth has notes.
    await plantRows(
      db,
      'sessions',
      Array.from({ length: 150 }, (_, i) =>
        storedRow(
          knownSession(`s${i}`, i, {
            title: `Session ${i}`,
            sport: i % 10 === 0 ? 'running' : 'cycling',
            notes: i % 100 === 0 ? 'Felt strong on the climbs' : null,
          }),
        ),
      ),
    );
  });

  it('lists them newest first, reading later rows from storage as the list scrolls', async () => {
    const root = await app();
    await waitFor(() => byText(root, '150 sessions'));
    await waitFor(() => expect(textsOf(root, '.session-row-title')[0]).toBe('Session 149'));
    expect(root.querySelectorAll('[role="listitem"]')).toHaveLength(Math.ceil(768 / SESSION_ROW_HEIGHT) + 5);

    const scroller = root.querySelector<HTMLElement>('.virtual-list')!;
    scroller.scrollTop = 120 * SESSION_ROW_HEIGHT;
    scroller.dispatchEvent(new Event('scroll'));
    // Row 120 of the newest-first list is the session of day 29 (149 - 120).
    await waitFor(() => expect(textsOf(root, '.session-row-title').slice(5, 7)).toEqual(['Session 29', 'Session 28']));
  });

  it('draws the list with its first rows: no blank placeholder rows before them', async () => {
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    let placeholders = 0;
    const observer = new MutationObserver(() => {
      if (root.querySelector('.session-row:not(.placeholder)')) return observer.disconnect();
      placeholders = Math.max(placeholders, root.querySelectorAll('.session-row.placeholder').length);
    });
    observer.observe(root, { childList: true, subtree: true });
    (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();

    await waitFor(() => expect(textsOf(root, '.session-row-title')[0]).toBe('Session 149'));
    expect(placeholders).toBe(0);
  });

  it('draws its count and filters in the same render as its first rows, not before them', async () => {
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    let headerAlone = false;
    const observer = new MutationObserver(() => {
      if (root.querySelector('.session-row:not(.placeholder)')) return observer.disconnect();
      headerAlone ||= root.querySelector('.session-count, .session-filters') !== null;
    });
    observer.observe(root, { childList: true, subtree: true });
    (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();

    await waitFor(() => expect(textsOf(root, '.session-row-title')[0]).toBe('Session 149'));
    expect(root.querySelector('.session-count')?.textContent).toBe('150 sessions');
    expect(headerAlone).toBe(false);
  });

  it('keeps the chosen filter while the athlete looks at another view', async () => {
    const root = await app();
    await waitFor(() => byText(root, '150 sessions'));
    setValue(root.querySelector<HTMLSelectElement>('.session-filters select')!, 'running', 'change');
    await waitFor(() => byText(root, '15 sessions'));

    byText(root, 'Plan', 'nav button').click();
    await waitFor(() => expect(root.querySelector('.session-filters')).toBeNull());
    byText(root, 'Sessions', 'nav button').click();

    await waitFor(() => byText(root, '15 sessions'));
    expect(root.querySelector<HTMLSelectElement>('.session-filters select')!.value).toBe('running');
  });

  it('filters by sport, date range and words in the notes', async () => {
    const root = await app();
    await waitFor(() => byText(root, '150 sessions'));
    setValue(root.querySelector<HTMLSelectElement>('.session-filters select')!, 'running', 'change');
    await waitFor(() => byText(root, '15 sessions'));

    const [from, to] = Array.from(root.querySelectorAll<HTMLInputElement>('.session-filters input[type="date"]'));
    // Days 0-99 from 2024-06-01 hold 10 runs (days 0, 10, ..., 90).
    setValue(from!, '2024-06-01', 'input');
    setValue(to!, new Date(START + 99 * MS_PER_DAY).toISOString().slice(0, 10), 'input');
    await waitFor(() => byText(root, '10 sessions'));

    // Of those, only day 0 has notes; the search ignores case and word order.
    setValue(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'climbs STRONG', 'input');
    await waitFor(() => byText(root, '1 session'));
    expect(textsOf(root, '.session-row-title')).toEqual(['Session 0']);

    byText(root, 'Clear filters', 'button').click();
    await waitFor(() => byText(root, '150 sessions'));
  });
});

describe('a workout without a file', () => {
  it('builds its form when "Log a workout without a file" is opened, and drops it when closed', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a', 0, { title: 'Ride' }))]);
    const root = await app();
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Ride']));
    const details = root.querySelector<HTMLDetailsElement>('details.manual-add')!;
    expect(root.querySelector('form[aria-label="Log a workout"]')).toBeNull();

    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => byText(root, 'Log workout', 'form[aria-label="Log a workout"] button'));

    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(root.querySelector('form[aria-label="Log a workout"]')).toBeNull());
  });
});

describe('units', () => {
  it('shows distance and speed in the chosen units and remembers the choice', async () => {
    await plantRows(db, 'sessions', [
      storedRow(knownSession('a', 0, { title: 'Ride', distanceM: meters(12_345), avgSpeed: metersPerSecond(9) })),
    ]);
    const storage = memoryStorage();
    const root = await app(storage);
    await waitFor(() =>
      expect(textsOf(root, '.session-row-numbers')).toEqual(['Cycling · 1:02:03 · 12.35 km · 32.4 km/h']),
    );
    byText(root, 'Sat, 1 Jun 2024', '.session-row-date');

    byText(root, 'Settings', 'nav button').click();
    (await waitFor(() => byText(root, 'Imperial (mi, ft, mph, min/mi)', 'label'))).click();
    byText(root, 'Sessions', 'nav button').click();
    await waitFor(() =>
      expect(textsOf(root, '.session-row-numbers')).toEqual(['Cycling · 1:02:03 · 7.67 mi · 20.1 mph']),
    );
    expect(storage.getItem('sessionsai.units')).toBe('imperial');
  });
});
