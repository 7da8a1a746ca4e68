// What the panel must show for a session, worded as the panel words it, from the
// importer's own reading of the file: shared by the Chromium and Firefox tests.
import { sportLabel } from '../../extension/ui/common/sport-label';
import { type Format, speedKind } from '../../extension/ui/units/format';
import { formatDuration } from '../../shared/model';
import type { Session } from '../../shared/model';

/** A sessions-list row's numbers from the importer: sport, duration, distance, speed or pace, power else HR. */
export function expectedRowNumbers(session: Session, format: Format): string {
  const numbers = [sportLabel(session.sport), formatDuration(session.elapsedS)];
  if (session.distanceM !== null) numbers.push(format.distance(session.distanceM, session.sport));
  if (session.avgSpeed !== null) numbers.push(format.speedFor(session.avgSpeed, session.sport));
  if (session.avgPowerW !== null) numbers.push(format.power(session.avgPowerW));
  else if (session.avgHr !== null) numbers.push(format.heartRate(session.avgHr));
  return numbers.join(' · ');
}

/** A row's numbers without the load that follows the importer's (the panel's analytics score it). */
export function importerNumbersOf(shown: string | null): string {
  return (shown ?? '')
    .split(' · ')
    .filter((part) => !/ (TSS|rTSS|sTSS|hrTSS|TRIMP|RPE load)( est\.)?$/.test(part))
    .join(' · ');
}

/** The detail's key numbers the importer gives, as shown: the analytics' own (load, NP, IF ...) left out. */
export function importerKeyNumbersOf(
  shown: Record<string, string>,
  expected: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(Object.keys(expected).map((label) => [label, shown[label] ?? '(not shown)']));
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
