import type { AthleteProfile, LoadMethod } from '../../../shared/analytics';
import { formatDuration } from '../../../shared/model';
import { isManual, scoreStoredSession, type SessionRow as Row } from '../../db/first-screen';
import { useFormat } from '../common/format-context';
import { sessionTitle } from '../common/session-title';
import { sportLabel } from '../common/sport-label';

/**
 * One session in the list: title and date, then sport, duration, distance, pace or speed, average power
 * (else heart rate) and the load with its method (marked when it rests on an estimated threshold).
 */
export function SessionRow({
  session,
  profile,
  onOpen,
}: {
  session: Row;
  /** Absent while the thresholds are read: the row shows no load yet. */
  profile?: AthleteProfile | undefined;
  onOpen: (id: string) => void;
}) {
  const format = useFormat();
  const numbers = [sportLabel(session.sport), formatDuration(session.elapsedS)];
  if (session.distanceM !== null) numbers.push(format.distance(session.distanceM, session.sport));
  if (session.avgSpeed !== null) numbers.push(format.speedFor(session.avgSpeed, session.sport));
  if (session.avgPowerW !== null) numbers.push(format.power(session.avgPowerW));
  else if (session.avgHr !== null) numbers.push(format.heartRate(session.avgHr));
  const load = profile === undefined ? null : scoreStoredSession(session, profile);
  if (load !== null)
    numbers.push(`${format.number(load.value)} ${SHORT_METHOD[load.method]}${load.estimated ? ' est.' : ''}`);
  if (isManual(session)) numbers.push('logged by hand');
  return (
    <button type="button" class="session-row" onClick={() => onOpen(session.id)}>
      <span class="session-row-top">
        <span class="session-row-title">{sessionTitle(session)}</span>
        <span class="session-row-date">{format.date(session.start, session.utcOffsetS)}</span>
      </span>
      <span class="session-row-numbers">{numbers.join(' · ')}</span>
    </button>
  );
}

/** A load's method in a word, for a list row (the detail says it in full). */
const SHORT_METHOD: Record<LoadMethod, string> = {
  'power-tss': 'TSS',
  'running-tss-gap': 'rTSS',
  'running-tss': 'rTSS',
  'swim-tss': 'sTSS',
  'hr-tss': 'hrTSS',
  trimp: 'TRIMP',
  'session-rpe': 'RPE load',
  multisport: 'TSS',
};
