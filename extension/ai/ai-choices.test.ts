// Restriction and objection take effect at once: with AI switched off or the
// agreement withdrawn, no request reaches the (fake) Messages API, even from a
// summary run already under way, and each choice is kept with its date.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../tests/support/fake-anthropic';
import { listAiRequests, readPrivacyChoices, type SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { withdrawAiConsent, switchAi } from './ai-choices';
import { loadAiSettings, saveApiKey } from './ai-settings';
import { summariseImported } from './auto-summary';
import { connectService } from './connect-service';
import type { KeyValueArea } from './key-value-area';
import { AI_OFF } from './request-gate';
import { agreedArea } from './test-support/agreed-area';
import { storeTraining } from './test-support/training';

let db: SessionsDb;
let server: FakeAnthropicServer | null = null;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
});
afterEach(async () => {
  await server?.close();
  server = null;
  await db.delete();
});

/** Settings as after agreeing, with summaries after import on, pointed at the fake API playing `script`. */
async function agreedWithApi(script: FakeScript): Promise<KeyValueArea> {
  server = await startFakeAnthropic(script);
  const area = await agreedArea({ autoSummary: true, baseUrl: server.url });
  await saveApiKey(area, 'sk-ant-test');
  return area;
}

const summariseBoth = (area: KeyValueArea) =>
  summariseImported(db, ['old', 'new'], { area, connect: connectService, signal: new AbortController().signal });

test('AI switched off: summaries after import send nothing, and the choice is kept with its date', async () => {
  const area = await agreedWithApi([{ text: 'A steady ride.' }]);

  await switchAi(area, db, false, Date.UTC(2024, 5, 9, 7));

  expect(await summariseBoth(area)).toEqual({ kind: 'off' });
  expect(server!.requests).toHaveLength(0);
  expect(await listAiRequests(db)).toEqual([]);
  expect(await readPrivacyChoices(db)).toEqual([{ what: 'ai', on: false, at: Date.UTC(2024, 5, 9, 7) }]);
});

test('the agreement withdrawn while summaries run: the next request is not sent', async () => {
  let area: KeyValueArea | null = null;
  // The athlete withdraws while the first summary is being answered.
  area = await agreedWithApi(() => {
    void withdrawAiConsent(area!, db, Date.UTC(2024, 5, 9, 8));
    return { text: 'A steady ride.' };
  });

  const outcome = await summariseBoth(area);

  expect(outcome).toEqual({ kind: 'failed', summarised: 1, failure: AI_OFF });
  expect(server!.requests).toHaveLength(1);
  expect((await listAiRequests(db)).length).toBe(1);
  const settings = await loadAiSettings(area);
  expect([settings.enabled, settings.consent]).toEqual([false, null]);
  expect(await readPrivacyChoices(db)).toEqual([{ what: 'ai-consent', on: false, at: Date.UTC(2024, 5, 9, 8) }]);
});
