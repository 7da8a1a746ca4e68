import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listReflections, saveRecord, type SessionsDb } from '../../db';
import { tableRow } from '../../db/test-support/tables';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { freshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, textsOf, the, unmountAll, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { JournalList } from './JournalList';
import { Reflections } from './Reflections';

const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
  db = freshDb();
  await saveRecord(db, 'notes', {
    id: 'r1',
    kind: 'reflection',
    sessionId: 'run',
    date: '2024-06-11',
    text: 'Heavy legs on the climbs',
  });
  await saveRecord(db, 'notes', {
    id: 'r2',
    kind: 'reflection',
    sessionId: null,
    date: '2024-06-10',
    text: 'Slept badly',
  });
});
afterEach(async () => {
  unmountAll();
  vi.useRealTimers();
  await db.delete();
});

/** The session's reflections (as its detail shows them) above the journal. */
function sessionAndJournal() {
  const root = mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <Reflections sessionId="run" date="2024-06-11" question="How did the run feel?" />
        <JournalList onOpenSession={() => undefined} />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
  return {
    root,
    session: () => root.querySelector<HTMLElement>('.reflections')!,
    journal: () => root.querySelector<HTMLElement>('.journal-list')!,
  };
}
function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('editing a reflection', () => {
  it('on the session: rewrites it in place under the same id, for sync, and focus returns to Edit', async () => {
    const { root, session, journal } = sessionAndJournal();
    const edit = await waitFor(() => byText(session(), 'Edit', 'button'));
    expect(edit.getAttribute('aria-label')).toBe('Edit the reflection "Heavy legs on the climbs"');
    edit.focus();
    edit.click();
    const box = await waitFor(() => the<HTMLTextAreaElement>(session(), '.reflection-edit textarea'));
    expect(box.value).toBe('Heavy legs on the climbs');
    await waitFor(() => expect(document.activeElement).toBe(box));
    vi.setSystemTime(NOW + 60_000);
    type(box, '  Heavy legs, but the last climb felt strong  ');
    await rendered();
    byText(session(), 'Save', 'button').click();

    await waitFor(() =>
      expect(textsOf(session(), '.reflection-list p')).toEqual(['Heavy legs, but the last climb felt strong']),
    );
    // The journal follows: same reflection, new words.
    await waitFor(() =>
      expect(textsOf(journal(), 'li p')).toEqual(['Heavy legs, but the last climb felt strong', 'Slept badly']),
    );
    const row = (await tableRow(db, 'notes', 'r1'))!;
    expect(row).toMatchObject({ kind: 'reflection', sessionId: 'run', date: '2024-06-11', deletedAt: null });
    expect(row.updatedAt).toBeGreaterThanOrEqual(NOW + 60_000);
    expect(await tableRow(db, 'outbox', 'notes:r1')).toMatchObject({ op: 'put', at: row.updatedAt });
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Edit the reflection "Heavy legs, but the last climb felt strong"',
      ),
    );
    expect(root.querySelectorAll('.reflection-edit')).toHaveLength(0);
  });

  it('refuses an empty text, and Escape leaves the reflection as it was', async () => {
    const { session } = sessionAndJournal();
    (await waitFor(() => byText(session(), 'Edit', 'button'))).click();
    const box = await waitFor(() => the<HTMLTextAreaElement>(session(), '.reflection-edit textarea'));
    type(box, '   ');
    await rendered();
    byText(session(), 'Save', 'button').click();
    await waitFor(() => byText(session(), 'Write something, or delete the reflection.', '[role="alert"]'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(textsOf(session(), '.reflection-list p')).toEqual(['Heavy legs on the climbs']));
    expect((await tableRow(db, 'notes', 'r1'))!.text).toBe('Heavy legs on the climbs');
  });
});

describe('the journal', () => {
  it('finds reflections by their words, edits and deletes them', async () => {
    const { session, journal } = sessionAndJournal();
    const search = await waitFor(() => the<HTMLInputElement>(journal(), 'input[type="search"]'));
    type(search, 'climbs HEAVY');
    await waitFor(() => expect(textsOf(journal(), 'li p')).toEqual(['Heavy legs on the climbs']));

    byText(journal(), 'Edit', 'button').click();
    const box = await waitFor(() => the<HTMLTextAreaElement>(journal(), '.reflection-edit textarea'));
    type(box, 'Strong on the hills');
    await rendered();
    byText(journal(), 'Save', 'button').click();
    // The search still asks for "climbs heavy": the rewritten reflection no longer has those words.
    await waitFor(() => byText(journal(), 'No reflection has those words.'));
    type(search, 'hills');
    await waitFor(() => expect(textsOf(journal(), 'li p')).toEqual(['Strong on the hills']));
    expect(textsOf(session(), '.reflection-list p')).toEqual(['Strong on the hills']);

    byText(journal(), 'Delete', 'button').click();
    await waitFor(() => byText(journal(), 'No reflection has those words.'));
    await waitFor(() => expect(textsOf(session(), '.reflection-list p')).toEqual([]));
    expect((await listReflections(db)).map((n) => n.text)).toEqual(['Slept badly']);
    expect(await tableRow(db, 'outbox', 'notes:r1')).toMatchObject({ op: 'delete' });
  });
});
