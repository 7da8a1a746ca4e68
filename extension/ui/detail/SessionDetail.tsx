// One session, top to bottom as docs/ui.md orders it: title, sport, date; key
// numbers; charts; laps; zones; route; notes and RPE (editable).
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { analyzeSession, localIsoDate, thresholdsAt } from '../../../shared/analytics';
import { getSession, getStreams, isManual, readAthleteProfile, toSession, withCorrectedLoad } from '../../db';
import { ManualSessionForm } from '../manual/ManualSessionForm';
import { reflectionQuestion, sessionDate } from '../journal/reflection-question';
import { StepCompliance } from './StepCompliance';
import { Reflections } from '../journal/Reflections';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { sessionTitle } from '../common/session-title';
import { sportLabel } from '../common/sport-label';
import { useLiveQuery } from '../common/use-live-query';
import { ChannelSources } from './ChannelSources';
import { Charts } from './Charts';
import { ClimbsTable } from './ClimbsTable';
import { SessionPowerCurve } from './SessionPowerCurve';
import { CorrectValues } from './CorrectValues';
import { DeleteSession } from './DeleteSession';
import { EditSession } from './EditSession';
import { keyNumbers } from '../common/key-numbers';
import { KeyNumbers } from './KeyNumbers';
import { LapsTable } from './LapsTable';
import { SessionInsight } from '../ai-panel/SessionInsight';
import { RouteOutline } from './RouteOutline';
import { ZoneTimes } from './ZoneTimes';

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

export function SessionDetail({
  id,
  onClose,
  onOpenSession,
}: {
  id: string;
  onClose: () => void;
  onOpenSession: (id: string) => void;
}) {
  const { db } = useServices();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useLiveQuery(async () => {
    const row = await getSession(db, id);
    if (row === undefined) return null;
    const streams = await getStreams(db, id);
    return { row, streams, profile: await readAthleteProfile(db) };
  }, [db, id]);
  const data = loaded.value;

  // Escape goes back to the list, except while typing in a field (it would throw the typing away).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isField(e.target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const ready = data !== undefined && data !== null;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready, id]);

  const analysis = useMemo(
    () =>
      data
        ? withCorrectedLoad(
            data.row,
            analyzeSession(
              toSession(data.row, data.streams),
              data.profile,
              data.streams ? { streams: data.streams } : {},
            ),
            data.profile,
          )
        : null,
    [data],
  );

  const back = (
    <button type="button" class="back" onClick={onClose}>
      ← Sessions
    </button>
  );
  if (loaded.error)
    return (
      <section class="detail">
        {back}
        <p role="alert">This session could not be read: {loaded.error.message}</p>
      </section>
    );
  if (data === undefined)
    return (
      <section class="detail">
        {back}
        <p>Loading…</p>
      </section>
    );
  if (data === null || analysis === null)
    return (
      <section class="detail">
        {back}
        <p role="alert">This session is no longer in your library.</p>
      </section>
    );

  const { row, streams } = data;
  const thresholds = thresholdsAt(data.profile, row.start, row.sport);
  return (
    <article class="detail" aria-labelledby="detail-title">
      {back}
      <header class="detail-header">
        <h2 id="detail-title" ref={heading} tabIndex={-1}>
          {sessionTitle(row)}
        </h2>
        <p>
          {sportLabel(row.sport)} · {format.dateTime(row.start, row.utcOffsetS)}
          {row.imported?.start !== undefined && ` (imported ${format.dateTime(row.imported.start, row.utcOffsetS)})`}
          {isManual(row) && ' · logged by hand, no file'}
        </p>
      </header>
      <KeyNumbers numbers={keyNumbers(row, analysis, format, thresholds)} />
      <ChannelSources session={row} />
      {streams && <Charts streams={streams} sport={row.sport} />}
      <SessionPowerCurve curve={analysis.powerCurve} />
      <ClimbsTable climbs={analysis.climbs} />
      <LapsTable laps={row.laps} sport={row.sport} />
      <StepCompliance session={row} streams={streams} thresholds={thresholds} date={sessionDate(row)} />
      <ZoneTimes zoneTimes={analysis.timeInZones} sport={row.sport} thresholds={thresholds} />
      {streams?.positions && <RouteOutline positions={streams.positions} />}
      {isManual(row) ? (
        <ManualSessionForm key={row.id} session={row} />
      ) : (
        <>
          <EditSession key={row.id} session={row} />
          <CorrectValues key={`values-${row.id}`} session={row} />
        </>
      )}
      <Reflections
        key={`reflections-${row.id}`}
        sessionId={row.id}
        date={sessionDate(row)}
        question={reflectionQuestion(row, localIsoDate())}
      />
      <SessionInsight sessionId={row.id} onOpenSession={onOpenSession} />
      <DeleteSession key={`delete-${row.id}`} session={row} onDeleted={onClose} />
    </article>
  );
}
