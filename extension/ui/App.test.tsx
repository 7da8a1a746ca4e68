import { describe, expect, it } from 'vitest';
import { meters } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownGpx } from '../../tests/support/write-gpx';
import type { SessionsDb } from '../db';
import type { FromWorker, ToWorker } from '../worker/import-protocol';
import { App } from './App';
import type { ConnectImport } from './import/import-connection';
import { useFreshDb } from './test-support/fresh-db';
import { inProcessImport } from './test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, waitFor } from './test-support/render';
import { knownSession, storedRow } from './test-support/sessions';
import { plantRows } from '../db/test-support/tables';

const gpxFile = (name: string, title: string, startMinute: number) =>
  new File(
    [writeKnownGpx(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, 1, 6, startMinute) }), { name: title })],
    name,
  );

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

function app(connectImport: ConnectImport = inProcessImport(db), storage = memoryStorage()) {
  return mount(<App services={{ db, connectImport }} locale="en-GB" storage={storage} />);
}

function choose(root: HTMLElement, testId: 'file-input' | 'folder-input', files: File[]) {
  const input = root.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('first minute', () => {
  it('invites a newcomer to drop or choose files, and shows only views that exist', async () => {
    const root = app();
    await waitFor(() => byText(root, 'Drop FIT, GPX, TCX files, folders or your Strava/Garmin export zip'));
    expect(textsOf(root, '.empty-state button')).toEqual([
      'Choose files',
      'Choose a folder',
      'Try it with a demo season',
    ]);
    expect(textsOf(root, 'nav button')).toEqual([
      'Today',
      'Sessions',
      'Progress',
      'Plan',
      'Wellness',
      'Insights',
      'Settings',
    ]);
  });
});

describe('opening the panel', () => {
  const current = (root: HTMLElement) => textsOf(root, 'nav button[aria-current="page"]');

  it('opens on Today when the library has sessions, with Sessions one click away', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a', 0, { title: 'Stored ride' }))]);
    const root = app();
    await waitFor(() => byText(root, 'Today', 'h2'));
    expect(current(root)).toEqual(['Today']);
    expect(root.querySelector('.empty-state')).toBeNull();

    byText(root, 'Sessions', 'nav button').click();
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Stored ride']));
    expect(current(root)).toEqual(['Sessions']);
  });

  it('shows the top bar before the library is counted, and keeps a view chosen meanwhile', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a', 0, { title: 'Stored ride' }))]);
    const root = app();
    // The first render, before any read from storage has answered.
    expect(textsOf(root, 'nav button')).toHaveLength(7);
    expect(current(root)).toEqual([]);

    byText(root, 'Sessions', 'nav button').click();
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Stored ride']));
    expect(current(root)).toEqual(['Sessions']);
    expect(root.querySelector('.today-view')).toBeNull();
  });

  it('stays on the import invitation after the first import, showing what was imported', async () => {
    const root = app();
    await waitFor(() => byText(root, 'Choose files'));
    expect(current(root)).toEqual(['Sessions']);
    choose(root, 'file-input', [gpxFile('morning.gpx', 'Morning ride', 0)]);
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Morning ride']));
    expect(current(root)).toEqual(['Sessions']);
  });
});

describe('units', () => {
  it('are chosen in Settings, not the top bar, apply to every view at once, and are remembered', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a', 0, { title: 'Ride', distanceM: meters(16_093.44) }))]);
    const storage = memoryStorage();
    const root = app(inProcessImport(db), storage);
    await waitFor(() => byText(root, 'Today', 'h2'));
    expect(root.querySelector('.top-bar select, .top-bar input')).toBeNull();

    byText(root, 'Settings', 'nav button').click();
    const radios = await waitFor(() => {
      const found = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="units"]'));
      expect(found).toHaveLength(2);
      return found;
    });
    // en-GB: metric until the athlete chooses.
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['metric', true],
      ['imperial', false],
    ]);
    expect(radios[0]!.closest('fieldset')?.querySelector('legend')?.textContent).toBe('Units');
    radios[1]!.click();
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('input[value="imperial"]')!.checked).toBe(true));
    expect(storage.getItem('sessionsai.units')).toBe('imperial');

    byText(root, 'Sessions', 'nav button').click();
    // 16,093.44 m is exactly 10 miles.
    await waitFor(() => expect(textsOf(root, '.session-row-numbers')).toEqual(['Cycling · 1:02:03 · 10.00 mi']));
  });

  it('start from a saved choice over the browser language', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a', 0, { distanceM: meters(16_093.44) }))]);
    const root = app(inProcessImport(db), memoryStorage({ 'sessionsai.units': 'imperial' }));
    await waitFor(() => byText(root, 'Today', 'h2'));
    byText(root, 'Sessions', 'nav button').click();
    await waitFor(() => expect(textsOf(root, '.session-row-numbers')).toEqual(['Cycling · 1:02:03 · 10.00 mi']));
  });
});

describe('importing', () => {
  it('imports chosen files, reports the bad one in plain words, and lists the sessions', async () => {
    const root = app();
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [
      gpxFile('morning.gpx', 'Morning ride', 0),
      new File(['not a workout'], 'notes.fit'),
      gpxFile('evening.gpx', 'Evening ride', 600),
    ]);

    await waitFor(() => byText(root, 'Import finished'));
    expect(textsOf(root, '.import-status p').slice(0, 2)).toEqual([
      '3 of 3 files read',
      '2 sessions added · 0 duplicates skipped · 0 merged · 1 error',
    ]);
    const errors = textsOf(root, '[aria-label="Errors"] li');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^notes\.fit: /);

    await waitFor(() => byText(root, '2 sessions'));
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Evening ride', 'Morning ride']));
  });

  it('takes a dropped folder anywhere on the panel', async () => {
    const root = app();
    await waitFor(() => byText(root, 'Choose files'));
    const folder = {
      isFile: false,
      isDirectory: true,
      name: 'rides',
      fullPath: '/rides',
      createReader: () => {
        let done = false;
        return {
          readEntries: (ok: (entries: unknown[]) => void) => {
            const first = !done;
            done = true;
            ok(first ? [entry('/rides/a.gpx', 'Dropped ride')] : []);
          },
        };
      },
    };
    function entry(fullPath: string, title: string) {
      return {
        isFile: true,
        isDirectory: false,
        name: 'a.gpx',
        fullPath,
        file: (ok: (f: File) => void) => ok(gpxFile('a.gpx', title, 0)),
      };
    }
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: [], items: [{ kind: 'file', webkitGetAsEntry: () => folder }] },
    });
    root.querySelector('.empty-state')!.dispatchEvent(drop);

    await waitFor(() => byText(root, '1 session added · 0 duplicates skipped · 0 merged · 0 errors'));
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Dropped ride']));
  });

  it('shows progress with counts, and cancels by ending the worker, even one stuck inside a file', async () => {
    const sent: ToWorker[] = [];
    let deliver!: (m: FromWorker) => void;
    let closed = 0;
    const root = app((onMessage) => {
      deliver = onMessage;
      return { send: (m) => sent.push(m), close: () => closed++ };
    });
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [new File(['x'], 'export.zip')]);
    deliver({
      type: 'progress',
      phase: 'parsing',
      progress: {
        filesDone: 3,
        filesTotal: 10,
        sessionsAdded: 2,
        duplicatesSkipped: 1,
        merged: 0,
        errors: 0,
        currentFile: 'export.zip/activities/3.fit',
      },
    });

    await waitFor(() => byText(root, '3 of 10 files'));
    const bar = root.querySelector('progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['3', '10']);
    byText(root, '2 sessions added · 1 duplicate skipped · 0 merged · 0 errors');
    byText(root, 'export.zip/activities/3.fit');

    // The worker never answers (stuck in one parse): it is ended, not asked.
    byText(root, 'Cancel import', 'button').click();
    await waitFor(() => byText(root, 'Import cancelled; nothing from it was saved.'));
    expect(sent.map((m) => m.type)).toEqual(['start']);
    expect(closed).toBe(1);
  });
});

describe('files dropped while an import runs', () => {
  const summary = (files: number, added: number) => ({
    filesDone: files,
    filesTotal: files,
    added,
    addedIds: Array.from({ length: added }, (_, i) => `session-${files}-${i}`),
    merged: 0,
    duplicates: 0,
    errors: [],
    notes: [],
  });
  /** A worker the test answers by hand: every start it was sent, and a way to answer the latest. */
  function handWorker() {
    const sent: ToWorker[] = [];
    let deliver!: (m: FromWorker) => void;
    let connections = 0;
    const connect: ConnectImport = (onMessage) => {
      deliver = onMessage;
      connections++;
      return { send: (m) => sent.push(m), close: () => undefined };
    };
    return {
      connect,
      sent,
      answer: (m: FromWorker) => deliver(m),
      get connections() {
        return connections;
      },
    };
  }
  const fileNames = (sent: ToWorker[]) =>
    sent.map((m) => (m.type === 'start' ? m.files.map((f) => f.name).join(',') : m.type));

  it('are queued, said so, imported right after, and reported with the first batch', async () => {
    const worker = handWorker();
    const root = app(worker.connect);
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [new File(['x'], 'a.fit')]);
    await waitFor(() => byText(root, 'Cancel import', 'button'));
    choose(root, 'file-input', [new File(['x'], 'b.fit'), new File(['x'], 'c.fit')]);
    await waitFor(() => byText(root, '2 more files queued: imported right after these'));
    expect(fileNames(worker.sent)).toEqual(['a.fit']);

    worker.answer({ type: 'done', summary: summary(1, 1) });
    await waitFor(() => expect(fileNames(worker.sent)).toEqual(['a.fit', 'b.fit,c.fit']));
    // One import in three files: the first batch's file counts as done.
    await waitFor(() => byText(root, '1 of 3 files'));
    expect(root.querySelector('.import-queued')).toBeNull();
    worker.answer({ type: 'done', summary: summary(2, 2) });
    await waitFor(() => byText(root, 'Import finished'));
    expect(textsOf(root, '.import-status p').slice(0, 2)).toEqual([
      '3 of 3 files read',
      '3 sessions added · 0 duplicates skipped · 0 merged · 0 errors',
    ]);
  });

  it('are imported after a cancelled import, or dropped with it when the athlete asks', async () => {
    const worker = handWorker();
    const root = app(worker.connect);
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [new File(['x'], 'a.fit')]);
    await waitFor(() => byText(root, 'Cancel import', 'button'));
    choose(root, 'file-input', [new File(['x'], 'b.fit')]);
    await waitFor(() => byText(root, '1 more file queued: imported right after these'));

    // Cancelling this import alone: its worker ends, and the queued file starts next in a fresh one.
    byText(root, 'Cancel import', 'button').click();
    await waitFor(() => expect(fileNames(worker.sent)).toEqual(['a.fit', 'b.fit']));
    expect(worker.connections).toBe(2);

    choose(root, 'file-input', [new File(['x'], 'c.fit')]);
    byText(
      await waitFor(() => byText(root, '1 more file queued: imported right after these').closest('section')!),
      'Cancel import and queued files',
      'button',
    ).click();
    await waitFor(() => byText(root, 'Import cancelled; nothing from it was saved.'));
    expect(fileNames(worker.sent)).toEqual(['a.fit', 'b.fit']);
    expect(root.querySelector('.import-queued')).toBeNull();
  });

  it('are not imported after a failure, and the athlete is told to drop them again', async () => {
    const worker = handWorker();
    const root = app(worker.connect);
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [new File(['x'], 'a.fit')]);
    await waitFor(() => byText(root, 'Cancel import', 'button'));
    choose(root, 'file-input', [new File(['x'], 'b.fit'), new File(['x'], 'c.fit')]);
    worker.answer({
      type: 'failed',
      message: 'This browser refused to save the import (the disk is full); nothing was saved.',
    });
    await waitFor(() =>
      byText(
        root,
        'This browser refused to save the import (the disk is full); nothing was saved. The 2 files dropped meanwhile were not imported: drop them again.',
      ),
    );
    expect(fileNames(worker.sent)).toEqual(['a.fit']);
  });
});
