import { describe, expect, it } from 'vitest';
import { localDay, MS_PER_DAY } from '../../../shared/analytics';
import { listReflections, saveManualSession, type SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, textsOf, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { TodayReflections } from './TodayReflections';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('TodayReflections', () => {
  it("asks about this morning's run, keeps the answer on the session, and finds it in the journal", async () => {
    // 07:00 today on a clock stated as UTC, so it is "this morning" wherever the test runs.
    const start = localDay() * MS_PER_DAY + 7 * 3_600_000;
    const run = (await saveManualSession(db, {
      sport: 'running',
      start,
      utcOffsetS: 0,
      durationS: 2700,
      distanceM: 10_000,
      rpe: 5,
      title: null,
      notes: null,
    }))!;
    const root = mount(
      <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
        <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
          <TodayReflections onOpenSession={() => undefined} />
        </FormatContext.Provider>
      </ServicesContext.Provider>,
    );
    const question = await waitFor(() => byText(root, "How did this morning's run feel?"));
    const form = question.closest('form')!;
    type(form.querySelector('textarea')!, '  Easy legs, calm breathing  ');
    const save = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await waitFor(() => expect(save.disabled).toBe(false));
    save.click();
    await waitFor(() => expect(textsOf(root, '.reflection-list p')).toEqual(['Easy legs, calm breathing']));
    expect(await listReflections(db)).toMatchObject([{ sessionId: run.id, text: 'Easy legs, calm breathing' }]);

    type(root.querySelector<HTMLInputElement>('.journal-list input[type="search"]')!, 'CALM');
    await waitFor(() => expect(root.querySelectorAll('.journal-list li')).toHaveLength(1));
    type(root.querySelector<HTMLInputElement>('.journal-list input[type="search"]')!, 'tired');
    await waitFor(() => byText(root, 'No reflection has those words.'));

    root.querySelector<HTMLButtonElement>('.reflection-list button[aria-label^="Delete"]')!.click();
    await waitFor(() => expect(textsOf(root, '.reflection-list p')).toEqual([]));
  });
});
