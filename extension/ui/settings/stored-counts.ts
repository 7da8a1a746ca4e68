// What this browser stores, counted as the athlete knows it: "3 sessions, 2 original files, ...".
import type { EraseCounts } from '../../db';
import { counted } from '../common/plural';

export function storedCounts(c: EraseCounts, number: (n: number) => string): string[] {
  return [
    counted(c.sessions, 'session', 'sessions', number),
    counted(c.files, 'original file', 'original files', number),
    counted(c.wellnessDays, 'wellness day', 'wellness days', number),
    counted(c.plans, 'planned session', 'planned sessions', number),
    counted(c.notes, 'note', 'notes', number),
  ];
}
