// Loading the demo season: generated for the browser's date and time zone,
// then stored by db/ (demo-season.ts), which keeps it apart from the athlete's own rows.
import { type DemoCounts, type SessionsDb, storeDemoSeason } from '../db';
import { localIsoDate } from '../../shared/analytics';
import { generateDemoSeason } from './season';

/** Writes a demo season ending today, in place of any demo season stored before. */
export function loadDemoSeason(db: SessionsDb, now: number = Date.now()): Promise<DemoCounts> {
  const utcOffsetS = -new Date(now).getTimezoneOffset() * 60;
  return storeDemoSeason(db, generateDemoSeason({ today: localIsoDate(now), utcOffsetS }), now);
}
