import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveRecord, TABLE_NAMES, type SessionsDb } from '../../db';
import { freshDb } from '../test-support/fresh-db';
import { byText, unmountAll, waitFor } from '../test-support/render';
import { knownSession, storedRow } from '../test-support/sessions';
import { mountSettings } from './settings-test-support';
import { countRows, plantRows } from '../../db/test-support/tables';

// Wednesday 12 June 2024, noon UTC: the same calendar day from UTC-11 to UTC+11.
const NOW = Date.UTC(2024, 5, 12, 12);

let db: SessionsDb;
beforeEach(() => {
  // Date and setTimeout are faked but keep ticking, so the database and waitFor run as usual
  // while a test can still jump ahead to the URL's revocation.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
  db = freshDb();
});
afterEach(async () => {
  unmountAll();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

/** 2 live sessions and 1 deleted, 2 files, 1 wellness day, 2 plans, 1 live note and 1 deleted. */
async function storeLibrary(): Promise<void> {
  await plantRows(db, 'sessions', [
    storedRow(knownSession('a')),
    storedRow(knownSession('b', 1)),
    { ...storedRow(knownSession('c', 2)), deletedAt: NOW },
  ]);
  for (const id of ['a', 'b']) {
    const hash = id.padEnd(64, '0');
    await plantRows(db, 'sources', [
      {
        id: hash,
        contentHash: hash,
        file: `${id}.fit`,
        format: 'fit',
        bytes: new Blob([new Uint8Array([1, 2, 3])]),
        sizeBytes: 3,
        addedAt: NOW,
        updatedAt: NOW,
        deletedAt: null,
      },
    ]);
  }
  await saveRecord(db, 'wellness', { id: '2024-06-11', date: '2024-06-11', restingHr: 48 });
  await saveRecord(db, 'plans', { id: 'p1', date: '2024-06-13', sport: 'running', targetDurationS: 3600 });
  await saveRecord(db, 'plans', { id: 'p2', date: '2024-06-14', sport: 'cycling', targetDurationS: 5400 });
  await saveRecord(db, 'notes', { id: 'n1', kind: 'note', sessionId: 'a', date: null, text: 'new saddle' });
  await plantRows(db, 'notes', [
    {
      id: 'n2',
      kind: 'note',
      sessionId: null,
      date: '2024-06-10',
      text: 'gone',
      updatedAt: NOW,
      deletedAt: NOW,
    },
  ]);
  await saveRecord(db, 'profile', { id: 'f1', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
}

describe('export', () => {
  it('downloads a dated zip of every table and the original files, then revokes its URL', async () => {
    await storeLibrary();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
    });

    const root = mountSettings(db);
    byText(root, 'Export all my data', 'button').click();
    await waitFor(() => byText(root, 'Downloaded sessionsai-export-2024-06-12.zip.', 'output'));
    expect(clicked).toEqual([{ href: 'blob:export', download: 'sessionsai-export-2024-06-12.zip', inPage: true }]);
    expect(root.ownerDocument.querySelectorAll('a[download]')).toHaveLength(0);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/zip');

    const files = unzipSync(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(Object.keys(files)).toContain('sessions.json');
    expect(files[`sources/${'a'.padEnd(12, '0')}-a.fit`]).toEqual(new Uint8Array([1, 2, 3]));
    const sessions = JSON.parse(strFromU8(files['sessions.json']!)) as { id: string }[];
    // The deleted session 'c' is not the athlete's data any more: the export leaves it out.
    expect(sessions.map((s) => s.id).sort()).toEqual(['a', 'b']);

    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40_000);
    expect(revoke).toHaveBeenCalledWith('blob:export');
  });
});

const WHAT_GOES =
  'This removes from this browser: 2 sessions, 2 original files, 1 wellness day, 2 planned sessions, 1 note, your thresholds and settings, your AI key and consent, your record of AI requests, and your sign-in. It cannot be undone.';

async function askToErase(root: HTMLElement): Promise<HTMLElement> {
  byText(root, 'Erase all local data', 'button').click();
  return waitFor(() => {
    const dialog = root.querySelector<HTMLElement>('[role=alertdialog]')!;
    expect(dialog.querySelector('#erase-what')?.textContent).toBe(WHAT_GOES);
    return dialog;
  });
}

const stored = async () =>
  (await Promise.all(TABLE_NAMES.map((table) => countRows(db, table)))).reduce((a, b) => a + b, 0);

describe('erase', () => {
  it('names exactly what will go and keeps everything on Cancel or Escape', async () => {
    await storeLibrary();
    const before = await stored();
    const root = mountSettings(db);

    let dialog = await askToErase(root);
    expect(document.activeElement?.textContent).toBe('Cancel');
    byText(dialog, 'Cancel', 'button').click();
    await waitFor(() => byText(root, 'Nothing was erased.', '.settings-status'));
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Erase all local data');

    dialog = await askToErase(root);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(root.querySelector('[role=alertdialog]')).toBeNull());
    expect(await stored()).toBe(before);
  });

  it('erases every table on the second, deliberate press and says so', async () => {
    await storeLibrary();
    const root = mountSettings(db);
    const dialog = await askToErase(root);
    byText(dialog, 'Erase everything', 'button').click();
    await waitFor(() => byText(root, 'All local data was erased.', '.settings-status'));
    for (const table of TABLE_NAMES) expect(await countRows(db, table), table).toBe(0);
    // The view follows the emptied database.
    await waitFor(() => byText(root, 'No thresholds yet.'));
  });
});
