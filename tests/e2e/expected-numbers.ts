// What the panel must show for a session, worded as the panel words it, from the
// importer's own reading of the file: shared by the Chromium and Firefox tests.
import { sportLabel } from '../../extension/ui/common/sport-label';
import { type Format, speedKind } from '../../extension/ui/units/format';
import { formatDuration } from '../../shared/model';
import type { Session } from '../../shared/model';

/** A sessions-list row's numbers: sport, duration, distance and speed or pace. */
export function expectedRowNumbers(session: Session, format: Format): string {
  const numbers = [sportLabel(session.sport), formatDuration(session.elapsedS)];
  if (session.distanceM !== null) numbers.push(format.distance(session.distanceM, session.sport));
  if (session.avgSpeed !== null) numbers.push(format.speedFor(session.avgSpeed, session.sport));
  return numbers.join(' · ');
}

/** The numbers the detail shows before Load, by label, as keyNumbers words them. */
export function expectedKeyNumbers(session: Session, format: Format): Record<string, string> {
  const out: Record<string, string> = { Duration: formatDuration(session.elapsedS) };
  if (session.movingS < session.elapsedS) out['Moving time'] = formatDuration(session.movingS);
  if (session.distanceM !== null) out.Distance = format.distance(session.distanceM, session.sport);
  if (session.avgSpeed !== null)
    out[speedKind(session.sport) === 'speed' ? 'Avg speed' : 'Avg pace'] = format.speedFor(
      session.avgSpeed,
      session.sport,
    );
  if (session.ascentM !== null) out.Ascent = format.elevation(session.ascentM);
  if (session.avgHr !== null) out['Avg HR'] = format.heartRate(session.avgHr);
  if (session.maxHr !== null) out['Max HR'] = format.heartRate(session.maxHr);
  if (session.avgPowerW !== null) out['Avg power'] = format.power(session.avgPowerW);
  if (session.calories !== null) out.Calories = `${format.number(session.calories)} kcal`;
  return out;
}
