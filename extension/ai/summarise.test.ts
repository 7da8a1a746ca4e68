// A summary end to end below the panel: the prompt built from the local
// database, the real SDK against the fake Messages API on 127.0.0.1, the tool
// loop, and the answer kept with what it was built from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAnswer } from '../../shared/ai';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../tests/support/fake-anthropic';
import type { SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { DEFAULT_AI_SETTINGS, type AiSettings } from './ai-settings';
import { isStale, readCachedAnswer } from './insight-cache';
import { ownKeyService } from './own-key-service';
import { sessionPrompt } from './prompt-for';
import { MAX_TOOL_ROUNDS } from './run-conversation';
import { promptDigest, summarise } from './summarise';
import { agreedArea } from './test-support/agreed-area';
import { SECRET_LAT, SECRET_LON, SECRET_NOTE, SECRET_TITLE, storeTraining } from './test-support/training';
import { plantRows } from '../db/test-support/tables';

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

const SETTINGS: AiSettings = { ...DEFAULT_AI_SETTINGS, enabled: true, model: 'claude-opus-5-5' };

async function summariseNew(script: FakeScript, settings: AiSettings = SETTINGS) {
  server = await startFakeAnthropic(script);
  const prompt = (await sessionPrompt(db, 'new', { allowNotes: settings.allowNotes }))!;
  const service = ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url });
  const streamed: string[] = [];
  const outcome = await summarise({
    db,
    area: await agreedArea(settings),
    service,
    settings,
    prompt,
    onText: (d) => streamed.push(d),
    signal: new AbortController().signal,
  });
  return { outcome, prompt, streamed, requests: server.requests };
}

/** Nothing in the body may locate the athlete: no position fields, no coordinate digits. */
function expectNoPositions(body: unknown) {
  const sent = JSON.stringify(body);
  for (const leak of [
    '"lat"',
    '"lon"',
    'positions',
    'semicircles',
    String(SECRET_LAT).slice(0, 6),
    String(SECRET_LON).slice(0, 5),
  ]) {
    expect(sent).not.toContain(leak);
  }
}

describe('what a session summary sends', () => {
  it("sends the session's facts with the chosen model and prompt caching, and never positions or notes by default", async () => {
    const { requests } = await summariseNew([{ text: 'A steady 66-load ride at 200 W.' }]);
    expect(requests).toHaveLength(1);
    const body = requests[0]!.body as {
      model: string;
      system: { cache_control?: unknown }[];
      tools: { name: string; cache_control?: unknown }[];
      messages: { role: string; content: string }[];
    };
    expect(body.model).toBe('claude-opus-5-5');
    expect(body.system[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(body.tools.at(-1)!.cache_control).toEqual({ type: 'ephemeral' });
    expect(body.messages).toHaveLength(1);
    const first = body.messages[0]!.content;
    expect(first).toContain(
      '- session.s1.load: Load 66 (TSS from power: NP 200 W over 3723 s at FTP 250 W) [66.2 load; sessions s1]',
    );
    expect(first).toContain(
      '- session.s1.similar.count: 1 similar cycling sessions in the previous 90 days [1 sessions; sessions s2]',
    );
    // The plan it carried out, with what was done against it.
    expect(first).toContain(
      '- plan.p1.duration: Planned cycling on 2024-06-08: 60 min; done 62 min moving, 103% of it [60 min; sessions s1]',
    );
    expect(JSON.stringify(body)).not.toContain(SECRET_TITLE);
    expect(JSON.stringify(body)).not.toContain(SECRET_NOTE);
    expect(JSON.stringify(body)).not.toContain('Tempo ride');
    expectNoPositions(body);
  });

  it('quotes the title, the note and the plan as data only when the athlete allowed notes', async () => {
    const { requests } = await summariseNew([{ text: 'Noted.' }], { ...SETTINGS, allowNotes: true });
    const first = (requests[0]!.body as { messages: { content: string }[] }).messages[0]!.content;
    expect(first).toContain(`<athlete_text label="Session title">${SECRET_TITLE}</athlete_text>`);
    expect(first).toContain(`<athlete_text label="Athlete note">${SECRET_NOTE}</athlete_text>`);
    expect(first).toContain('<athlete_text label="Planned session">Tempo ride</athlete_text>');
    expectNoPositions(requests[0]!.body);
  });
});

describe('the tool loop', () => {
  it('runs a tool call against the local database and sends its result back', async () => {
    const { outcome, requests, streamed } = await summariseNew([
      { text: 'Let me look.', toolUse: { name: 'find_sessions', input: { sport: 'cycling' }, id: 'toolu_1' } },
      { text: 'Both rides were 30 km; none was 31 km.' },
    ]);
    expect(requests).toHaveLength(2);
    const second = (requests[1]!.body as { messages: { role: string; content: unknown }[] }).messages;
    expect(second.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(second[1]!.content).toEqual([
      { type: 'text', text: 'Let me look.' },
      { type: 'tool_use', id: 'toolu_1', name: 'find_sessions', input: { sport: 'cycling' } },
    ]);
    const [result] = second[2]!.content as { type: string; tool_use_id: string; content: string }[];
    expect(result).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_1' });
    // Newest first, by the first message's references; titles withheld (notes not allowed); no positions.
    expect(JSON.parse(result!.content)).toEqual({
      sessions: [
        { id: 's1', date: '2024-06-08', sport: 'cycling', movingMin: 62, distanceKm: 30, avgHr: 140, load: 66 },
        { id: 's2', date: '2024-06-01', sport: 'cycling', movingMin: 62, distanceKm: 30, avgHr: 140, load: 66 },
      ],
    });
    expectNoPositions(requests[1]!.body);
    expect(streamed.join('')).toBe('Let me look.\n\nBoth rides were 30 km; none was 31 km.');
    // The tool's numbers count as facts: 30 km is verified and names both rides; 31 km matches nothing.
    if (!outcome.ok) throw new Error('expected an answer');
    const numbers = verifyAnswer(outcome.text, outcome.facts).filter((p) => p.kind === 'number');
    expect(numbers.map((n) => [n.text, n.verified, n.sessionIds])).toEqual([
      ['30 km', true, ['new', 'old']],
      ['31 km', false, []],
    ]);
  });

  it('gives up in words when the model keeps asking for tools', async () => {
    const { outcome, requests } = await summariseNew(() => ({
      toolUse: { name: 'get_fitness', input: { from: '2024-06-01', to: '2024-06-08' } },
    }));
    expect(requests).toHaveLength(MAX_TOOL_ROUNDS);
    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        kind: 'other',
        message: `The AI looked up your data ${MAX_TOOL_ROUNDS} times without answering. Ask a narrower question (one session, one week).`,
      },
    });
  });
});

describe('kept answers', () => {
  it('keeps the answer with its model and token use, and marks it stale when the facts or the model change', async () => {
    const { prompt } = await summariseNew([
      { text: 'A steady ride.', usage: { input_tokens: 1500, output_tokens: 4 } },
    ]);
    const kept = (await readCachedAnswer(db, 'session:new'))!;
    expect(kept).toMatchObject({ subject: 'session:new', text: 'A steady ride.', model: 'claude-opus-5-5' });
    expect(kept.usage).toMatchObject({ inputTokens: 1500, outputTokens: 4 });
    expect(isStale(kept, { factsHash: promptDigest(prompt, 'claude-opus-5-5'), model: 'claude-opus-5-5' })).toBe(false);
    expect(isStale(kept, { factsHash: promptDigest(prompt, 'claude-haiku-5-5'), model: 'claude-haiku-5-5' })).toBe(
      true,
    );
    // A corrected FTP changes the load, so the facts.
    await plantRows(db, 'profile', [
      {
        id: 'ftp',
        key: 'ftp',
        value: 300,
        from: Date.UTC(2024, 0, 1),
        updatedAt: 1,
        deletedAt: null,
      },
    ]);
    const changed = (await sessionPrompt(db, 'new', { allowNotes: false }))!;
    expect(isStale(kept, { factsHash: promptDigest(changed, 'claude-opus-5-5'), model: 'claude-opus-5-5' })).toBe(true);
  });
});
