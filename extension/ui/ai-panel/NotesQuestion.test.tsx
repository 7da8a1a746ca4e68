// The one question about notes: the first summary that could use the
// athlete's own words asks whether they may be sent, before anything is, and
// the answer is kept so it is never asked again.
import { afterEach, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, loadAiSettings } from '../../ai/ai-settings';
import type { KeyValueArea } from '../../ai/key-value-area';
import { SECRET_NOTE, storeTraining } from '../../ai/test-support/training';
import type { SessionsDb } from '../../db';
import { startFakeAnthropic, type FakeAnthropicServer } from '../../../tests/support/fake-anthropic';
import { useFreshDbOn } from '../test-support/fresh-db';
import { waitFor } from '../test-support/render';
import { aiArea, click, mountAi } from '../insights/insights-test-support';
import { SessionInsight } from './SessionInsight';

const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Agreed to AI, never asked about notes; both known rides carry a note and a title. */
async function neverAsked(): Promise<KeyValueArea> {
  await storeTraining(db);
  server = await startFakeAnthropic([{ text: 'First.' }, { text: 'Second.' }]);
  return aiArea(server.url, { enabled: true, consent: { at: NOW, version: CONSENT_VERSION }, notesAnswered: false });
}

const sentFirst = (i: number) =>
  (server!.requests[i]!.body as { messages: { content: string }[] }).messages[0]!.content;

async function summarise(area: KeyValueArea, sessionId: string): Promise<HTMLElement> {
  const root = mountAi(db, area, <SessionInsight sessionId={sessionId} />);
  await waitFor(() => click(root, 'Summarise this session'));
  return root;
}

describe('the question about notes', () => {
  it('is asked before anything is sent, with focus on it, and "Include my notes" sends them and is remembered', async () => {
    const area = await neverAsked();
    const root = await summarise(area, 'new');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Include your notes?'));
    expect(root.querySelector('.ai-consent p')?.textContent).toContain(
      'You wrote notes, a reflection or titles for this session.',
    );
    expect(server!.requests).toHaveLength(0);

    click(root, 'Include my notes');
    await waitFor(() => expect(root.querySelector('.ai-answer')?.textContent).toBe('First.'));
    expect(sentFirst(0)).toContain(`<athlete_text label="Athlete note">${SECRET_NOTE}</athlete_text>`);
    expect(await loadAiSettings(area)).toMatchObject({ allowNotes: true, notesAnswered: true });
  });

  it('"Keep them private" sends without them, and the next summary does not ask again', async () => {
    const area = await neverAsked();
    const first = await summarise(area, 'new');
    await waitFor(() => click(first, 'Keep them private'));
    await waitFor(() => expect(first.querySelector('.ai-answer')?.textContent).toBe('First.'));
    expect(sentFirst(0)).not.toContain(SECRET_NOTE);
    expect(await loadAiSettings(area)).toMatchObject({ allowNotes: false, notesAnswered: true });

    const second = await summarise(area, 'old');
    await waitFor(() => expect(second.querySelector('.ai-answer')?.textContent).toBe('Second.'));
    expect(second.textContent).not.toContain('Include your notes?');
    expect(sentFirst(1)).not.toContain(SECRET_NOTE);
  });
});
