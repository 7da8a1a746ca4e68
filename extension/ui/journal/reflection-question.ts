// The question a reflection box asks about a session, in the words an athlete
// uses: "How did this morning's run feel?".
import { localIsoDate, MS_PER_DAY } from '../../../shared/analytics/common/day';
import type { Sport } from '../../../shared/model';

const NOUNS: Partial<Record<Sport, string>> = {
  running: 'run',
  cycling: 'ride',
  swimming: 'swim',
  walking: 'walk',
  hiking: 'hike',
  rowing: 'row',
  strength: 'strength session',
  yoga: 'yoga',
};

/** 'YYYY-MM-DD' of the session on its own clock (the browser's when the file did not say). */
export function sessionDate(session: { start: number; utcOffsetS: number | null }): string {
  if (session.utcOffsetS === null) return localIsoDate(session.start);
  return new Date(session.start + session.utcOffsetS * 1000).toISOString().slice(0, 10);
}

function dayPart(session: { start: number; utcOffsetS: number | null }): string {
  const offsetS = session.utcOffsetS ?? -new Date(session.start).getTimezoneOffset() * 60;
  const hour = new Date(session.start + offsetS * 1000).getUTCHours();
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** "How did this morning's run feel?", "How did yesterday's ride feel?", else "How did the swim on 2024-06-01 feel?". */
export function reflectionQuestion(
  session: { sport: Sport; start: number; utcOffsetS: number | null },
  today: string,
): string {
  const noun = NOUNS[session.sport] ?? 'session';
  const date = sessionDate(session);
  if (date === today) return `How did this ${dayPart(session)}'s ${noun} feel?`;
  if (date === new Date(Date.parse(`${today}T00:00:00Z`) - MS_PER_DAY).toISOString().slice(0, 10))
    return `How did yesterday's ${noun} feel?`;
  return `How did the ${noun} on ${date} feel?`;
}
