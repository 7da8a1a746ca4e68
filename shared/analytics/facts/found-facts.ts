// Facts about sessions a search found (the chat's find_sessions tool): each
// one's moving time, distance, average HR and load, tied to that session so
// an answer's numbers about it can be checked and linked.
import { round } from '../../model';
import { dayToIsoDate } from '../common/day';
import type { Fact, SessionRecord } from './types';

export function foundSessionFacts(records: readonly SessionRecord[]): Fact[] {
  return records.flatMap((r) => {
    const own = [r.id];
    const date = dayToIsoDate(r.day);
    const f: Fact[] = [
      {
        id: `found.${r.id}.time`,
        value: round(r.movingS / 60, 0),
        unit: 'min',
        label: `${r.sport} on ${date}: ${round(r.movingS / 60, 0)} min moving`,
        sessionIds: own,
      },
    ];
    if (r.distanceM !== null)
      f.push({
        id: `found.${r.id}.distance`,
        value: round(r.distanceM / 1000, 2),
        unit: 'km',
        label: `${r.sport} on ${date}: ${round(r.distanceM / 1000, 2)} km`,
        sessionIds: own,
      });
    if (r.avgHr !== null)
      f.push({
        id: `found.${r.id}.hr`,
        value: round(r.avgHr, 0),
        unit: 'bpm',
        label: `${r.sport} on ${date}: average HR ${round(r.avgHr, 0)} bpm`,
        sessionIds: own,
      });
    if (r.load !== null)
      f.push({
        id: `found.${r.id}.load`,
        value: round(r.load.value, 0),
        unit: 'load',
        label: `${r.sport} on ${date}: load ${round(r.load.value, 0)}`,
        sessionIds: own,
      });
    return f;
  });
}
