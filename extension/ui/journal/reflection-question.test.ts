import { describe, expect, it } from 'vitest';
import { reflectionQuestion, sessionDate } from './reflection-question';

const PARIS = 7200;

describe('reflectionQuestion', () => {
  it("names the session as the athlete would, on the session's own clock", () => {
    const run = { sport: 'running' as const, start: Date.UTC(2024, 5, 1, 5, 30), utcOffsetS: PARIS };
    expect(reflectionQuestion(run, '2024-06-01')).toBe("How did this morning's run feel?");
    expect(reflectionQuestion({ ...run, start: Date.UTC(2024, 5, 1, 17) }, '2024-06-01')).toBe(
      "How did this evening's run feel?",
    );
    expect(reflectionQuestion({ ...run, sport: 'cycling' }, '2024-06-02')).toBe("How did yesterday's ride feel?");
    expect(reflectionQuestion({ ...run, sport: 'paddling' }, '2024-06-09')).toBe(
      'How did the session on 2024-06-01 feel?',
    );
    // 23:30 UTC is already the next day in Paris.
    expect(sessionDate({ start: Date.UTC(2024, 5, 1, 23, 30), utcOffsetS: PARIS })).toBe('2024-06-02');
  });
});
