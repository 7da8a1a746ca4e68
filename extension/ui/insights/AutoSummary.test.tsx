// The line after an import: summaries written for the new sessions, or why not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer } from '../../../tests/support/fake-anthropic';
import { CONSENT_VERSION } from '../../ai/ai-settings';
import { readCachedAnswer } from '../../ai/insight-cache';
import { storeTraining } from '../../ai/test-support/training';
import type { SessionsDb } from '../../db';
import type { ImportSummary } from '../../worker/import-protocol';
import { freshDb } from '../test-support/fresh-db';
import { AutoSummary } from './AutoSummary';
import { aiArea, eventually, mountAi } from './insights-test-support';

let db: SessionsDb;
let server: FakeAnthropicServer;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
});
afterEach(async () => {
  await server.close();
  await db.delete();
});

const done = (addedIds: readonly string[]): { kind: 'done'; summary: ImportSummary } => ({
  kind: 'done',
  summary: {
    filesDone: 1,
    filesTotal: 1,
    added: addedIds.length,
    addedIds,
    merged: 0,
    duplicates: 0,
    errors: [],
    notes: [],
  },
});
const AGREED = { enabled: true, consent: { at: 1, version: CONSENT_VERSION }, autoSummary: true };

describe('summaries after an import', () => {
  it('summarises the sessions the import added and says so', async () => {
    server = await startFakeAnthropic([{ text: 'A steady ride.' }]);
    const root = mountAi(db, await aiArea(server.url, AGREED), <AutoSummary state={done(['new'])} />);
    await eventually(async () =>
      expect(root.querySelector('.auto-summary')?.textContent).toBe('Summarised 1 new session: open one to read it.'),
    );
    expect((await readCachedAnswer(db, 'session:new'))?.text).toBe('A steady ride.');
  });

  it('says why it stopped', async () => {
    server = await startFakeAnthropic([{ error: 401 }]);
    const root = mountAi(db, await aiArea(server.url, AGREED), <AutoSummary state={done(['new'])} />);
    await eventually(async () =>
      expect(root.querySelector('.auto-summary')?.textContent).toMatch(/^Summaries after import stopped after 0: /),
    );
  });

  it('shows nothing and sends nothing when the athlete did not opt in', async () => {
    server = await startFakeAnthropic([{ text: 'never asked' }]);
    const root = mountAi(
      db,
      await aiArea(server.url, { ...AGREED, autoSummary: false }),
      <AutoSummary state={done(['new'])} />,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.querySelector('.auto-summary')).toBeNull();
    expect(server.requests).toHaveLength(0);
  });
});
