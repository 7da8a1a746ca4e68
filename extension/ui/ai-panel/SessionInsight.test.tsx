// A session's AI summary in the panel, against the fake Messages API on
// 127.0.0.1: consent first (nothing sent before), the answer streaming in,
// numbers checked, Stop and Retry, failures worded, kept answers and stale ones.
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { systemPrompt } from '../../../shared/ai';
import { CONSENT_VERSION, loadAiSettings, saveAiSettings } from '../../ai/ai-settings';
import type { KeyValueArea } from '../../ai/key-value-area';
import { sessionPrompt } from '../../ai/prompt-for';
import { storeTraining } from '../../ai/test-support/training';
import type { SessionsDb } from '../../db';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../../tests/support/fake-anthropic';
import { useFreshDbOn } from '../test-support/fresh-db';
import { textsOf, waitFor } from '../test-support/render';
import { UNVERIFIED_TIP } from './AnswerView';
import { FormatContext } from '../common/format-context';
import { aiArea, click, mountAi } from '../insights/insights-test-support';
import { makeFormat } from '../units/format';
import { SessionInsight } from './SessionInsight';

// Wednesday 12 June 2024: after both known rides.
const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function panel(script: FakeScript, agreed = true): Promise<{ root: HTMLElement; area: KeyValueArea }> {
  await storeTraining(db);
  server = await startFakeAnthropic(script);
  const area = await aiArea(
    server.url,
    agreed ? { enabled: true, consent: { at: NOW, version: CONSENT_VERSION } } : {},
  );
  const root = mountAi(db, area, <SessionInsight sessionId="new" />);
  await waitFor(() => click(root, 'Summarise this session'));
  return { root, area };
}

const answerText = (root: HTMLElement) => root.querySelector('.ai-answer')?.textContent ?? '';

describe('consent', () => {
  it('shows exactly what would be sent and sends nothing until the athlete agrees', async () => {
    const { root, area } = await panel([{ text: 'Load 66 today.' }], false);
    await waitFor(() => expect(root.querySelector('#ai-consent-title')?.textContent).toBe('Before anything is sent'));
    const first = (await sessionPrompt(db, 'new', { allowNotes: false }))!.message.text;
    expect(root.querySelector('.ai-sees-system')?.textContent).toBe(systemPrompt('plain'));
    expect(root.querySelector('.ai-sees-message')?.textContent).toBe(first);
    expect(textsOf(root, '.ai-consent li').slice(0, 3)).toEqual([
      `This goes from your browser to ${new URL(server!.url).host}, with your own API key.`,
      'Only the summary numbers below are sent: never your GPS positions or raw samples.',
      'Your session titles, notes and reflections stay on this device.',
    ]);
    // What the look-ups may send later in the conversation.
    expect(textsOf(root, '.ai-consent-lookups li')).toEqual([
      "sessions' dates, sports, moving times, distances, average heart rates and loads",
      "one session's summary numbers and comparisons, as in the facts below",
      'daily load, fitness, fatigue and form',
      'wellness days (resting heart rate, HRV, sleep, ...) and your normal range',
      'planned sessions, their targets and whether they were done',
    ]);
    expect(root.querySelector('.ai-consent > ul > li:nth-child(4)')?.textContent).toContain(
      'never titles, notes or plan labels.',
    );
    click(root, 'Not now');
    await waitFor(() => expect(textsOf(root, 'button')).toEqual(['Summarise this session']));
    expect(server!.requests).toHaveLength(0);
    expect((await loadAiSettings(area)).consent).toBeNull();

    click(root, 'Summarise this session');
    await waitFor(() => click(root, 'Agree and send'));
    await waitFor(() => expect(answerText(root)).toBe('Load 66 today.'));
    expect(server!.requests).toHaveLength(1);
    const { enabled, consent } = await loadAiSettings(area);
    expect(enabled).toBe(true);
    expect(consent?.version).toBe(CONSENT_VERSION);
    // The clock runs on from NOW in these tests; the agreement is stamped when it was given.
    expect(consent!.at - NOW).toBeGreaterThanOrEqual(0);
    expect(consent!.at - NOW).toBeLessThan(10_000);
  });
});

describe('units', () => {
  it('rebuilds what would be sent when the athlete switches to miles', async () => {
    await storeTraining(db);
    server = await startFakeAnthropic([]);
    const area = await aiArea(server.url, {});
    function UnitsSwitch() {
      const [system, setSystem] = useState<'metric' | 'imperial'>('metric');
      return (
        <FormatContext.Provider value={makeFormat(system, 'en-GB')}>
          <button type="button" onClick={() => setSystem('imperial')}>
            Miles
          </button>
          <SessionInsight sessionId="new" />
        </FormatContext.Provider>
      );
    }
    const root = mountAi(db, area, <UnitsSwitch />);
    await waitFor(() => click(root, 'Summarise this session'));
    const metric = (await sessionPrompt(db, 'new', { allowNotes: false, units: 'metric' }))!.message.text;
    const imperial = (await sessionPrompt(db, 'new', { allowNotes: false, units: 'imperial' }))!.message.text;
    expect(imperial).not.toBe(metric);
    await waitFor(() => expect(root.querySelector('.ai-sees-message')?.textContent).toBe(metric));
    click(root, 'Miles');
    await waitFor(() => expect(root.querySelector('.ai-sees-message')?.textContent).toBe(imperial));
    expect(server.requests).toHaveLength(0);
  });
});

describe('the answer', () => {
  it('streams in, then marks a number that matches no fact as unverified, in words and a tooltip', async () => {
    const { root } = await panel([
      { text: 'A steady ride: normalized power 200 W, intensity 0.8, and 250 km of climbing.', chunkDelayMs: 30 },
    ]);
    // Part of the text shows before the end, while Stop is offered.
    await waitFor(() => {
      expect(answerText(root).length).toBeGreaterThan(0);
      expect(textsOf(root, 'button')).toContain('Stop');
    });
    expect(answerText(root)).not.toContain('climbing.');
    await waitFor(() => expect(root.querySelector('.ai-answer-text')).not.toBeNull());
    expect(root.querySelector('.ai-answer-text')!.textContent).toBe(
      'A steady ride: normalized power 200 W, intensity 0.8, and 250 km (unverified) of climbing.',
    );
    expect(textsOf(root, '.ai-verified')).toEqual(['200 W', '0.8']);
    const unverified = root.querySelector<HTMLElement>('.ai-unverified')!;
    expect(unverified.textContent).toBe('250 km (unverified)');
    expect(unverified.title).toBe(UNVERIFIED_TIP);
    // Every fact that states the number is named, in the facts' order.
    expect(root.querySelector('.ai-verified')!.getAttribute('title')).toBe(
      'Checked: Average power 200 W; Normalized power 200 W; Load 66 (TSS from power: NP 200 W over 3723 s at FTP 250 W)',
    );
    expect(textsOf(root, '.ai-sees summary')).toEqual(['What the AI sees']);
  });

  it('names the session behind a verified number when it is chosen', async () => {
    const { root } = await panel([{ text: 'The same 0% change in power as your last similar ride.' }]);
    await waitFor(() => expect(textsOf(root, 'button.ai-verified')).toEqual(['0%']));
    click(root, '0%');
    await waitFor(() =>
      expect(textsOf(root, '.ai-sources li')).toEqual([
        'Hill repeats on Secret Lane, Sat, 8 Jun 2024',
        'Hill repeats on Secret Lane, Sat, 1 Jun 2024',
      ]),
    );
  });

  it('stops on request, says so, and retries', async () => {
    const { root } = await panel([
      { text: 'One two three four five six seven eight nine ten eleven twelve.', chunkDelayMs: 60 },
      { text: 'Second try, complete.' },
    ]);
    await waitFor(() => expect(answerText(root).length).toBeGreaterThan(0));
    click(root, 'Stop');
    await waitFor(() => expect(textsOf(root, '[role="alert"]')).toEqual(['Stopped. Retry to ask again.']));
    click(root, 'Retry');
    await waitFor(() => expect(root.querySelector('.ai-answer-text')?.textContent).toBe('Second try, complete.'));
    expect(server!.requests).toHaveLength(2);
  });

  it.each([
    [{ error: 401 } as const, 'Anthropic refused the API key. Check it in Settings → AI.'],
    [{ error: 429, retryAfterS: 20 } as const, 'Too many requests; try again in 20 s.'],
    [{ error: 529 } as const, "Anthropic's servers are overloaded right now; try again in a few minutes."],
  ])('words a failure (%j) with Retry', async (failure, words) => {
    const { root } = await panel([failure]);
    await waitFor(() => expect(textsOf(root, '[role="alert"]')).toEqual([words]));
    expect(textsOf(root, 'button')).toContain('Retry');
  });

  it('says the API cannot be reached when offline', async () => {
    await storeTraining(db);
    const gone = await startFakeAnthropic([]);
    await gone.close();
    const area = await aiArea(gone.url, { enabled: true, consent: { at: NOW, version: CONSENT_VERSION } });
    const root = mountAi(db, area, <SessionInsight sessionId="new" />);
    await waitFor(() => click(root, 'Summarise this session'));
    await waitFor(() =>
      expect(textsOf(root, '[role="alert"]')).toEqual([
        'Could not reach Anthropic. Check your internet connection and try again.',
      ]),
    );
  });
});

describe('kept answers', () => {
  it('shows the kept answer next time, and marks it out of date with Regenerate when the model changes', async () => {
    const { root, area } = await panel([
      {
        text: 'First answer.',
        usage: { input_tokens: 1200, output_tokens: 3, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
      },
      { text: 'Fresh answer.' },
    ]);
    await waitFor(() => expect(root.querySelector('.ai-answer-text')?.textContent).toBe('First answer.'));
    const again = mountAi(db, area, <SessionInsight sessionId="new" />);
    await waitFor(() => expect(again.querySelector('.ai-answer-text')?.textContent).toBe('First answer.'));
    expect(again.querySelector('.ai-stale')).toBeNull();
    expect(again.querySelector('.ai-meta')?.textContent).toBe(
      'Wed, 12 Jun 2024, 12:00 · claude-sonnet-5-5 · 1,200 tokens in, 3 out',
    );

    await saveAiSettings(area, { model: 'claude-haiku-5-5' });
    await waitFor(() =>
      expect(again.querySelector('.ai-stale')?.textContent).toBe(
        'Out of date: your data or the chosen model changed since this was written. Regenerate',
      ),
    );
    click(again, 'Regenerate');
    await waitFor(() => expect(again.querySelector('.ai-answer-text')?.textContent).toBe('Fresh answer.'));
    expect((server!.requests[1]!.body as { model: string }).model).toBe('claude-haiku-5-5');
  });

  it('shows nothing at all when AI was switched off after agreeing', async () => {
    await storeTraining(db);
    const area = await aiArea('http://127.0.0.1:9', { enabled: false, consent: { at: NOW, version: CONSENT_VERSION } });
    const root = mountAi(db, area, <SessionInsight sessionId="new" />);
    await waitFor(() => expect(root.querySelector('h3')?.textContent).toBe('AI summary'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.querySelector('.ai-summary')).toBeNull();
  });
});
