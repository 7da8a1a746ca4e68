// What a summary sends to judge training against its intent, through the real
// SDK and the fake Messages API on 127.0.0.1: a session's plan with its steps
// and the athlete's reflection (only when allowed), a week's trend and the
// earlier summaries it follows on from; and the answer's numbers still checked.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAnswer } from '../../shared/ai';
import { startFakeAnthropic, type FakeAnthropicServer } from '../../tests/support/fake-anthropic';
import { saveRecord, type SessionsDb } from '../db';
import { loadDemoSeason } from '../demo/demo-season-store';
import { freshDb } from '../ui/test-support/fresh-db';
import { DEFAULT_AI_SETTINGS, type AiSettings } from './ai-settings';
import { saveCachedAnswer } from './insight-cache';
import { ownKeyService } from './own-key-service';
import { periodPrompt, sessionPrompt, type InsightPrompt } from './prompt-for';
import { summarise } from './summarise';
import { agreedArea } from './test-support/agreed-area';
import { storeTraining } from './test-support/training';

const SETTINGS: AiSettings = { ...DEFAULT_AI_SETTINGS, enabled: true, model: 'claude-opus-5-5' };
const REFLECTION = 'Legs felt heavy on the second block, held the watts anyway';

let db: SessionsDb;
let server: FakeAnthropicServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  await db.delete();
});

async function send(prompt: InsightPrompt, answer: string, settings: AiSettings) {
  server = await startFakeAnthropic([{ text: answer }]);
  const outcome = await summarise({
    db,
    area: await agreedArea(settings),
    service: ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url }),
    settings,
    prompt,
    onText: () => {},
    signal: new AbortController().signal,
  });
  if (!outcome.ok) throw new Error(`expected an answer, got ${outcome.failure.kind}`);
  const body = server.requests[0]!.body as { system: { text: string }[]; messages: { content: string }[] };
  const numbers = verifyAnswer(outcome.text, outcome.facts).filter((p) => p.kind === 'number');
  return {
    first: body.messages[0]!.content,
    system: body.system.map((b) => b.text).join('\n'),
    checked: numbers.map((n) => [n.text, n.verified, n.sessionIds]),
  };
}

describe('a session summary against its plan', () => {
  async function planned(allowNotes: boolean) {
    db = freshDb();
    await storeTraining(db);
    // The ride's plan, now a structured workout; 'new' rode it at a steady 200 W.
    await saveRecord(db, 'plans', {
      id: 'p1',
      date: '2024-06-08',
      sport: 'cycling',
      targetDurationS: 3600,
      title: 'Tempo ride',
      steps: [
        { label: 'Warm-up', durationS: 900 },
        { label: 'Tempo', durationS: 2400, target: { kind: 'power', low: 190, high: 210 } },
        { label: 'Cool-down', durationS: 300 },
      ],
    });
    await saveRecord(db, 'notes', {
      id: 'n1',
      kind: 'reflection',
      sessionId: 'new',
      date: '2024-06-08',
      text: REFLECTION,
    });
    const settings = { ...SETTINGS, allowNotes };
    const prompt = (await sessionPrompt(db, 'new', { allowNotes }))!;
    return send(prompt, 'You rode 62 min of the 60 planned, 200 W in the tempo target; not 75 min.', settings);
  }

  it("sends the plan's targets and steps with what was done, and checks the answer's numbers against them", async () => {
    const { first, checked } = await planned(false);
    expect(first).toContain(
      '- plan.p1.duration: Planned cycling on 2024-06-08: 60 min; done 62 min moving, 103% of it [60 min; sessions s1]\n' +
        '- plan.p1.compliance: Against its plan on duration: done as planned (within 20% of the target) [103 %; sessions s1]\n' +
        '- plan.p1.step.1: Planned step 1 of 3: Warm-up 0:15:00 [900 s; sessions s1]\n' +
        '- plan.p1.step.2: Planned step 2 of 3: Tempo 0:40:00 at 190-210 W [2400 s; sessions s1]\n' +
        '- plan.p1.step.3: Planned step 3 of 3: Cool-down 0:05:00 [300 s; sessions s1]',
    );
    expect(first).toContain('When its plan is given, judge it against that intent: what was meant');
    // Notes not allowed: neither the reflection nor the plan's title is sent.
    expect(first).not.toContain(REFLECTION);
    expect(first).not.toContain('Tempo ride');
    expect(checked).toEqual([
      ['62 min', true, ['new']],
      ['60', true, ['new']],
      ['200 W', true, ['new']],
      ['75 min', false, []],
    ]);
  });

  it('quotes the reflection as data once the athlete allows notes', async () => {
    const { first } = await planned(true);
    expect(first).toContain(`<athlete_text label="Reflection">${REFLECTION}</athlete_text>`);
    expect(first).toContain('<athlete_text label="Planned session">Tempo ride</athlete_text>');
  });
});

describe("a week's story", () => {
  it('sends the trend of the build and the earlier summaries, in the tone chosen, and checks the numbers', async () => {
    db = freshDb();
    await loadDemoSeason(db, Date.UTC(2024, 5, 30, 12));
    await saveCachedAnswer(db, {
      subject: 'week:2024-06-10',
      text: 'A lighter week after the block. Fatigue fell. Sleep was short on Tuesday.',
      factsHash: 'kept',
      model: 'claude-opus-5-5',
      usage: null,
    });
    const withheld = await periodPrompt(db, '2024-06-17', '2024-06-23', { allowNotes: false });
    // An earlier answer may restate the athlete's notes: it goes only where the notes may, and the panel asks.
    expect(withheld.message.text).not.toContain('earlier_summary');
    expect(withheld.athleteText).toBe('withheld');
    const prompt = await periodPrompt(db, '2024-06-17', '2024-06-23', { allowNotes: true });
    const { first, system, checked } = await send(
      prompt,
      'Load 471, up from 285 after the lighter week; fatigue 66 against 52 and 65. Not 80.',
      { ...SETTINGS, tone: 'coach' },
    );
    expect(first).toContain(
      '- week.2024-06-17.trend.load: Load 471 this week vs 285, 446, 309 in the 3 weeks before, latest first [471.1 load; sessions s1-s6, s23-s38]\n' +
        '- week.2024-06-17.trend.build: First week of a build: load up at least 5% on the week before [1 week; sessions s1-s6, s35-s38]\n' +
        "- week.2024-06-17.trend.atl: Fatigue (ATL) 66 at this week's end vs 52, 65 at the ends of the 2 weeks before, latest first [66.4 load/day; sessions s1-s6, s29-s38]",
    );
    expect(first).toContain(
      '<earlier_summary label="Week of 2024-06-10">A lighter week after the block. Fatigue fell.</earlier_summary>',
    );
    // Short references, not ids: with ids on each fact, the week's facts alone took 5,348 characters.
    expect(first).not.toContain('demo-2024');
    expect(withheld.message.text.length).toBeLessThan(5348 / 2);
    expect(system).toContain('Tone: a direct coach.');
    expect(checked.map(([text, verified]) => [text, verified])).toEqual([
      ['471', true],
      ['285', true],
      ['66', true],
      ['52', true],
      ['65', true],
      ['80', false],
    ]);
  });
});
