// The numbers at the top of a session, in the order docs/ui.md gives: duration,
// distance, pace or speed, heart rate, power, load with its method.
import { formatDuration } from '../../../shared/model';
import { isFootSport } from '../../../shared/analytics/session/score-load';
import { LOAD_METHOD_NAMES } from '../../../shared/analytics/session/load-method-names';
import type { SessionAnalysis } from '../../../shared/analytics/session/analyze-session';
import type { Thresholds } from '../../../shared/analytics/profile/types';
import type { Session, Summary } from '../../../shared/model';
import type { ImportedValues } from '../../db';
import type { Format } from '../units/format';
import { loadEstimateNote } from './estimate-note';

export interface KeyNumber {
  readonly label: string;
  readonly value: string;
  /** How it was made, or why it is missing, in plain words (shown as a note and tooltip). */
  readonly note?: string;
  /** Set when the value rests on an estimated threshold: what the marker beside it says. */
  readonly estimate?: string;
}

/** Each load method in a few words, beside the load wherever it is shown (the AI's facts use the same words). */
export const METHOD_NAMES = LOAD_METHOD_NAMES;

export function keyNumbers(
  session: Omit<Session, 'streams'> & { readonly imported?: ImportedValues },
  analysis: SessionAnalysis,
  format: Format,
  thresholds?: Thresholds,
): KeyNumber[] {
  // A value the athlete corrected shows the file's beside it: "142 bpm (imported 139 bpm)".
  const shown = (field: keyof ImportedValues & keyof Summary, write: (value: number) => string): string => {
    const value = write(session[field] as number);
    if (session.imported === undefined || !(field in session.imported)) return value;
    const imported = session.imported[field] as number | null;
    return `${value} (imported ${imported === null ? 'none' : write(imported)})`;
  };
  const out: KeyNumber[] = [{ label: 'Duration', value: shown('elapsedS', (s) => formatDuration(s)) }];
  if (session.movingS < session.elapsedS) out.push({ label: 'Moving time', value: formatDuration(session.movingS) });
  if (session.distanceM !== null)
    out.push({ label: 'Distance', value: shown('distanceM', (m) => format.distance(m, session.sport)) });
  if (session.avgSpeed !== null) {
    const label =
      session.sport === 'running' ||
      session.sport === 'walking' ||
      session.sport === 'hiking' ||
      session.sport === 'swimming'
        ? 'Avg pace'
        : 'Avg speed';
    out.push({ label, value: format.speedFor(session.avgSpeed, session.sport) });
  }
  if (session.ascentM !== null) out.push({ label: 'Ascent', value: shown('ascentM', format.elevation) });
  if (session.avgHr !== null) out.push({ label: 'Avg HR', value: shown('avgHr', format.heartRate) });
  if (session.maxHr !== null) out.push({ label: 'Max HR', value: shown('maxHr', format.heartRate) });
  if (session.avgPowerW !== null) out.push({ label: 'Avg power', value: shown('avgPowerW', format.power) });
  if (session.maxPowerW !== null) out.push({ label: 'Max power', value: shown('maxPowerW', format.power) });
  if (analysis.normalizedPower !== null) {
    out.push({
      label: 'Normalized power',
      value: format.power(analysis.normalizedPower),
      note: '30-second rolling average, fourth-power mean (Coggan)',
    });
  }
  out.push(...intensityNumbers(session, analysis, format, thresholds));
  const load = analysis.load;
  const estimate = load === null ? null : loadEstimateNote([load]);
  out.push(
    load === null
      ? {
          label: 'Load',
          value: '–',
          note: 'Not scored: no thresholds are set for this sport and no RPE was given. Add an RPE below to score it.',
        }
      : {
          label: 'Load',
          value: `${format.number(load.value)} · ${METHOD_NAMES[load.method]}`,
          note: load.basis,
          ...(estimate === null ? {} : { estimate }),
        },
  );
  if (session.calories !== null) out.push({ label: 'Calories', value: `${format.number(session.calories)} kcal` });
  return out;
}

/** IF, VI, EF and decoupling, each with its method in words; absent when the samples cannot give them. */
function intensityNumbers(
  session: Omit<Session, 'streams'>,
  a: SessionAnalysis,
  format: Format,
  t: Thresholds | undefined,
): KeyNumber[] {
  const out: KeyNumber[] = [];
  // Running power is on another scale than a rider's FTP: IF is given for rides, not runs.
  if (a.intensityFactor !== null && !isFootSport(session.sport)) {
    const ftp = t?.ftp ?? null;
    out.push({
      label: 'Intensity factor',
      value: format.number(a.intensityFactor, 2),
      note: `NP ÷ FTP${ftp ? ` (${format.power(ftp.value)})` : ''}: 1.00 is an hour's all-out effort (Coggan)`,
      ...(ftp?.estimated ? { estimate: 'Estimated: set your FTP in Settings for a precise value.' } : {}),
    });
  }
  // The means named are the samples' (analyzeSession), which can differ from the device's averages shown above.
  const np = a.normalizedPower === null ? 'NP' : `NP (${format.power(a.normalizedPower)})`;
  const meanHr = a.meanHeartRate === null ? '' : ` (${format.heartRate(a.meanHeartRate)})`;
  if (a.variabilityIndex !== null)
    out.push({
      label: 'Variability index',
      value: format.number(a.variabilityIndex, 2),
      note: `${np} ÷ average power of the recorded seconds${a.meanPower === null ? '' : ` (${format.power(a.meanPower)})`}: near 1.00 is steady, above 1.05 surges (Coggan)`,
    });
  if (a.efficiencyFactor !== null) {
    const byPower = a.normalizedPower !== null;
    out.push({
      label: 'Efficiency factor',
      value: `${format.number(a.efficiencyFactor, 2)} ${byPower ? 'W/bpm' : '(m/min)/bpm'}`,
      note: byPower
        ? `${np} ÷ average heart rate of the recorded seconds${meanHr} (Friel): rising at the same effort is aerobic fitness improving`
        : `${isFootSport(session.sport) ? 'Pace' : 'Speed'} in metres a minute ÷ average heart rate of the recorded seconds${meanHr} (Friel)`,
    });
  }
  if (a.decouplingPct !== null)
    out.push({
      label: 'Decoupling',
      value: `${format.number(a.decouplingPct, 1)}%`,
      note: `${a.normalizedPower !== null ? 'Power' : 'Speed'}:HR of the first half against the second (Friel): under 5% on a long steady session is aerobic endurance in place`,
    });
  return out;
}
