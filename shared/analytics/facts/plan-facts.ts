// Facts about what was planned for one day, so a session summary can say how
// the session compares with its plan. Targets only: a planned session's title
// is the athlete's text and travels as quoted text, when notes are allowed.
import type { PlannedSession } from '../plans/types';
import type { Fact } from './types';

export function planFacts(plans: readonly PlannedSession[]): Fact[] {
  return plans.flatMap((p) => {
    const id = `plan.${p.id}`;
    const facts: Fact[] = [];
    if (p.targetDurationS !== undefined) {
      const minutes = Math.round(p.targetDurationS / 60);
      facts.push({
        id: `${id}.duration`,
        value: minutes,
        unit: 'min',
        label: `Planned ${p.sport} on ${p.date}: ${minutes} min`,
        sessionIds: [],
      });
    }
    if (p.targetDistanceM !== undefined) {
      const km = Math.round(p.targetDistanceM / 100) / 10;
      facts.push({
        id: `${id}.distance`,
        value: km,
        unit: 'km',
        label: `Planned ${p.sport} on ${p.date}: ${km} km`,
        sessionIds: [],
      });
    }
    if (p.targetLoad !== undefined) {
      facts.push({
        id: `${id}.load`,
        value: p.targetLoad,
        unit: 'load',
        label: `Planned ${p.sport} on ${p.date}: load ${p.targetLoad}`,
        sessionIds: [],
      });
    }
    if (facts.length === 0)
      facts.push({
        id: `${id}.sport`,
        value: p.sport,
        unit: '',
        label: `Planned ${p.sport} on ${p.date}, no target`,
        sessionIds: [],
      });
    return facts;
  });
}
