// The summaries of the demo's samples, made by the importer's own rules
// (importer/derive: moving time, distance, ascent with hysteresis, averages),
// as a GPX of the same track would be summarised, plus the calories a device
// would state.
import { rangeSummarizer } from '../../../importer';
import {
  epochMs,
  kilocalories,
  type Kilocalories,
  type Sport,
  type Streams,
  type SubSport,
  type Summary,
} from '../../../shared/model';
import { DEMO_ATHLETE } from './demo-athlete';

/** Rides: about 1 kcal burned per kJ of work (a gross efficiency near 24 %). Runs: about 1 kcal per kg per km (Margaria et al. 1963). */
function calories(s: Summary): Kilocalories | null {
  if (s.sport === 'cycling' && s.avgPowerW !== null) return kilocalories(Math.round((s.avgPowerW * s.elapsedS) / 1000));
  if (s.sport === 'running' && s.distanceM !== null)
    return kilocalories(Math.round((DEMO_ATHLETE.weight * s.distanceM) / 1000));
  return null;
}

/** Summarises samples `first` to `last` (inclusive; laps share their boundary sample) of a session starting at `startMs`. */
export function demoSummarizer(
  streams: Streams,
  startMs: number,
  sport: Sport,
  subSport: SubSport,
): (first: number, last: number) => Summary {
  const summarizer = rangeSummarizer(streams, epochMs(startMs));
  return (first, last) => {
    const summary = summarizer.summarize(first, last, sport, subSport);
    return { ...summary, calories: calories(summary) };
  };
}
