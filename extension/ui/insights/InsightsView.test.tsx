// The Insights view against the fake Messages API: a chosen week's summary
// whose checked numbers open their sessions, and the chat, whose tool calls
// read the local database.
import { afterEach, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../ai/ai-settings';
import { storeTraining } from '../../ai/test-support/training';
import type { SessionsDb } from '../../db';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../../tests/support/fake-anthropic';
import { useFreshDbOn } from '../test-support/fresh-db';
import { textsOf, waitFor } from '../test-support/render';
import { fill } from '../settings/settings-test-support';
import { aiArea, click, mountAi } from './insights-test-support';
import { InsightsView } from './InsightsView';

// Wednesday 12 June 2024: this week is 10-16 June; the known rides are on 1 and 8 June.
const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function view(script: FakeScript, opened: string[] = []): Promise<HTMLElement> {
  await storeTraining(db);
  server = await startFakeAnthropic(script);
  const area = await aiArea(server.url, { enabled: true, consent: { at: NOW, version: CONSENT_VERSION } });
  return mountAi(db, area, <InsightsView onOpenSession={(id) => opened.push(id)} />);
}

type Sent = { messages: { role: string; content: unknown }[] };
const sent = (i: number) => server!.requests[i]!.body as Sent;

describe('week summary', () => {
  it('summarises the chosen week, and a checked number opens the session behind it', async () => {
    const opened: string[] = [];
    const root = await view([{ text: 'Load 66 from one ride, against 1 planned.' }], opened);
    await waitFor(() =>
      expect(root.querySelector('#insights-week-title')?.textContent).toBe(
        'Week of Mon, 10 Jun 2024 to Sun, 16 Jun 2024',
      ),
    );
    click(root, '← Previous week');
    await waitFor(() =>
      expect(root.querySelector('#insights-week-title')?.textContent).toBe(
        'Week of Mon, 3 Jun 2024 to Sun, 9 Jun 2024',
      ),
    );
    await waitFor(() => click(root, 'Summarise this week'));
    await waitFor(() =>
      expect(root.querySelector('.ai-answer-text')?.textContent).toBe('Load 66 from one ride, against 1 planned.'),
    );
    const first = sent(0).messages[0]!.content as string;
    expect(first).toContain('Summarize the training from 2024-06-03 to 2024-06-09');
    expect(first).toContain('- week.2024-06-03.load: Load 66 [66.2 load; sessions s1]');
    click(root, '66');
    await waitFor(() => click(root, 'Hill repeats on Secret Lane, Sat, 8 Jun 2024'));
    expect(opened).toEqual(['new']);
  });
});

describe('chat', () => {
  it("answers from this week's facts and a tool that reads the local database, and carries the conversation on", async () => {
    const root = await view([
      { toolUse: { name: 'get_wellness', input: { from: '2024-06-08', to: '2024-06-08' }, id: 'toolu_w' } },
      { text: 'Your resting HR was 48 bpm, and you slept 9 h.' },
      { text: 'Keep it easy.' },
    ]);
    const input = await waitFor(() => {
      const field = root.querySelector<HTMLInputElement>('#ai-question');
      if (!field) throw new Error('no question field yet');
      return field;
    });
    expect(root.querySelector('label[for="ai-question"]')?.textContent).toBe('Your question');
    fill(input, 'How did I sleep on Saturday?');
    click(root, 'Ask');
    // 48 bpm is what the tool read; 9 h is not (7.5 h were recorded).
    await waitFor(() =>
      expect(textsOf(root, '.ai-answer-text')).toEqual(['Your resting HR was 48 bpm, and you slept 9 h (unverified).']),
    );
    expect(textsOf(root, '.ai-verified')).toEqual(['48 bpm']);
    const first = sent(0).messages[0]!.content as string;
    expect(first).toContain('The athlete asks: How did I sleep on Saturday?');
    expect(first).toContain('week.2024-06-10.sessions: 0 sessions');
    const [result] = sent(1).messages[2]!.content as { tool_use_id: string; content: string }[];
    expect(result!.tool_use_id).toBe('toolu_w');
    expect(JSON.parse(result!.content)).toEqual({
      days: [{ date: '2024-06-08', restingHr: 48, sleepS: 27000 }],
      normalRanges: [],
    });

    fill(root.querySelector<HTMLInputElement>('#ai-question')!, 'And tomorrow?');
    click(root, 'Ask');
    await waitFor(() =>
      expect(textsOf(root, '.ai-question')).toEqual(['How did I sleep on Saturday?', 'And tomorrow?']),
    );
    await waitFor(() => expect(textsOf(root, '.ai-answer-text')).toHaveLength(2));
    expect(sent(2).messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(sent(2).messages[4]!.content).toBe('And tomorrow?');
  });
});
