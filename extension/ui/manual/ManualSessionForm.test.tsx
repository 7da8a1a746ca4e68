import { options } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSessions, type SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { freshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, unmountAll, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { ManualSessionForm } from './ManualSessionForm';

let db: SessionsDb;
const debounce = options.debounceRendering;
beforeEach(() => {
  db = freshDb();
  // Typed values reach the form's state at once, as they do between a person's keystrokes and click.
  options.debounceRendering = (render) => render();
});
afterEach(async () => {
  options.debounceRendering = debounce;
  unmountAll();
  await db.delete();
});

function fill(root: HTMLElement, label: string, value: string) {
  const el = byText(root, label, 'span').parentElement!.querySelector<HTMLInputElement | HTMLSelectElement>(
    'input, select, textarea',
  )!;
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('ManualSessionForm', () => {
  it('logs a ride in miles, or says which field is wrong', async () => {
    const root = mount(
      <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
        <FormatContext.Provider value={makeFormat('imperial', 'en-US')}>
          <ManualSessionForm />
        </FormatContext.Provider>
      </ServicesContext.Provider>,
    );
    fill(root, 'Sport', 'cycling');
    fill(root, 'Date', '2024-06-01');
    fill(root, 'Duration (h:mm)', '90');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => byText(root, 'Write the duration as hours:minutes, for example 0:45.'));

    fill(root, 'Duration (h:mm)', '1:30');
    fill(root, 'Distance (mi, optional)', '25');
    fill(root, 'RPE (perceived effort, 0–10): scores the load', '4');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => byText(root, 'Logged. It is in your sessions.'));
    const [row] = await listSessions(db, { limit: 5 });
    expect(row).toMatchObject({ sport: 'cycling', elapsedS: 5400, distanceM: 40_233.6, rpe: 4, sources: [] });
  });
});
