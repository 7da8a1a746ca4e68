import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownGpx } from '../../tests/support/write-gpx';
import type { SessionsDb } from '../db';
import type { FromWorker, ToWorker } from '../worker/import-protocol';
import { App } from './App';
import type { ConnectImport } from './import/import-connection';
import { freshDb } from './test-support/fresh-db';
import { inProcessImport } from './test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, unmountAll, waitFor } from './test-support/render';

const gpxFile = (name: string, title: string, startMinute: number) =>
  new File([writeKnownGpx(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, 1, 6, startMinute) }), { name: title })], name);

let db: SessionsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  unmountAll();
  await db.delete();
});

function app(connectImport: ConnectImport = inProcessImport(db)) {
  return mount(<App services={{ db, connectImport }} locale="en-GB" storage={memoryStorage()} />);
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
    expect(textsOf(root, '.empty-state button')).toEqual(['Choose files', 'Choose a folder']);
    expect(textsOf(root, 'nav button')).toEqual(['Today', 'Sessions', 'Plan', 'Wellness', 'Settings']);
  });
});

describe('importing', () => {
  it('imports chosen files, reports the bad one in plain words, and lists the sessions', async () => {
    const root = app();
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [gpxFile('morning.gpx', 'Morning ride', 0), new File(['not a workout'], 'notes.fit'), gpxFile('evening.gpx', 'Evening ride', 600)]);

    await waitFor(() => byText(root, 'Import finished'));
    expect(textsOf(root, '.import-status p').slice(0, 2)).toEqual(['3 of 3 files read', '2 sessions added · 0 duplicates skipped · 0 merged · 1 error']);
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
        return { readEntries: (ok: (entries: unknown[]) => void) => ok(done ? [] : ((done = true), [entry('/rides/a.gpx', 'Dropped ride')])) };
      },
    };
    function entry(fullPath: string, title: string) {
      return { isFile: true, isDirectory: false, name: 'a.gpx', fullPath, file: (ok: (f: File) => void) => ok(gpxFile('a.gpx', title, 0)) };
    }
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: [], items: [{ kind: 'file', webkitGetAsEntry: () => folder }] },
    });
    root.querySelector('.empty-state')!.dispatchEvent(drop);

    await waitFor(() => byText(root, '1 session added · 0 duplicates skipped · 0 merged · 0 errors'));
    await waitFor(() => expect(textsOf(root, '.session-row-title')).toEqual(['Dropped ride']));
  });

  it('shows progress with counts, and cancels', async () => {
    const sent: ToWorker[] = [];
    let deliver!: (m: FromWorker) => void;
    const root = app((onMessage) => {
      deliver = onMessage;
      return { send: (m) => sent.push(m), close: () => undefined };
    });
    await waitFor(() => byText(root, 'Choose files'));
    choose(root, 'file-input', [new File(['x'], 'export.zip')]);
    deliver({
      type: 'progress',
      phase: 'parsing',
      progress: { filesDone: 3, filesTotal: 10, sessionsAdded: 2, duplicatesSkipped: 1, merged: 0, errors: 0, currentFile: 'export.zip/activities/3.fit' },
    });

    await waitFor(() => byText(root, '3 of 10 files'));
    const bar = root.querySelector('progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['3', '10']);
    byText(root, '2 sessions added · 1 duplicate skipped · 0 merged · 0 errors');
    byText(root, 'export.zip/activities/3.fit');

    byText(root, 'Cancel import', 'button').click();
    await waitFor(() => byText(root, 'Cancelling…', 'button'));
    expect(sent.map((m) => m.type)).toEqual(['start', 'cancel']);
    deliver({ type: 'cancelled' });
    await waitFor(() => byText(root, 'Import cancelled; nothing from it was saved.'));
  });
});
