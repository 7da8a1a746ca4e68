// What a session was, first in its facts and in the athlete's units: its
// duration, distance, ascent, heart rate, speed or pace and power, as the
// session detail's key numbers show them (normalized power follows, from the
// analysis). Without these the model can say how a session compares but not
// what it was.
import { formatDuration, round, type Session, type UnitSystem } from '../../model';
import type { ZoneModel } from '../profile/types';
import type { SessionAnalysis } from '../session/analyze-session';
import { distanceMeasure, elevationMeasure, readsAsPace, speedMeasure } from './fact-units';

/** A session without its samples: the summary numbers and laps. */
export type SessionSummary = Omit<Session, 'streams'>;

export type PushFact = (suffix: string, value: number | string, unit: string, label: string) => void;

export function pushOwnNumbers(s: SessionSummary, units: UnitSystem, push: PushFact): void {
  push('duration', round(s.elapsedS, 0), 's', `Duration ${formatDuration(s.elapsedS)}`);
  // Device clocks differ by a second or two between elapsed and timer time; only a real stop counts.
  if (s.elapsedS - s.movingS >= 60)
    push('moving', round(s.movingS, 0), 's', `Moving time ${formatDuration(s.movingS)}`);
  if (s.distanceM !== null) {
    const d = distanceMeasure(s.distanceM, s.sport, units);
    push('distance', d.value, d.unit, `Distance ${d.text}`);
  }
  if (s.ascentM !== null) {
    const a = elevationMeasure(s.ascentM, units);
    push('ascent', a.value, a.unit, `Ascent ${a.text}`);
  }
  if (s.avgHr !== null) push('hr.avg', round(s.avgHr, 0), 'bpm', `Average heart rate ${round(s.avgHr, 0)} bpm`);
  if (s.maxHr !== null) push('hr.max', round(s.maxHr, 0), 'bpm', `Maximum heart rate ${round(s.maxHr, 0)} bpm`);
  if (s.avgSpeed !== null && s.avgSpeed > 0) {
    const v = speedMeasure(s.avgSpeed, s.sport, units);
    push('speed.avg', v.value, v.unit, `Average ${readsAsPace(s.sport) ? 'pace' : 'speed'} ${v.text}`);
  }
  if (s.avgPowerW !== null) push('power.avg', round(s.avgPowerW, 0), 'W', `Average power ${round(s.avgPowerW, 0)} W`);
}

const ZONE_MODEL_NAMES: Readonly<Record<ZoneModel, string>> = {
  power: 'power',
  hr: 'heart-rate',
  hrr: 'heart-rate reserve',
  pace: 'pace',
};

/**
 * Time in zones, one fact per zone model: each zone with time in it, its time
 * and share, in one line ("Z2 Endurance 2:10:00 (40%)"). The value is the zone
 * the session spent longest in.
 */
export function pushZoneTimes(analysis: SessionAnalysis | undefined, push: PushFact): void {
  for (const { zones, seconds } of analysis?.timeInZones ?? []) {
    const total = seconds.reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    const parts: string[] = [];
    let longest = 0;
    zones.zones.forEach((zone, i) => {
      const s = seconds[i] ?? 0;
      if (s > (seconds[longest] ?? 0)) longest = i;
      if (s >= 30) parts.push(`Z${i + 1} ${zone.name} ${formatDuration(s)} (${round((s / total) * 100, 0)}%)`);
    });
    const name = ZONE_MODEL_NAMES[zones.model];
    push(
      `zones.${zones.model}`,
      `Z${longest + 1} ${zones.zones[longest]?.name ?? ''}`.trim(),
      '',
      `Time in ${name} zones: ${parts.join(', ')}`,
    );
  }
}
