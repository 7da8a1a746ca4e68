// How each step of the planned workout went, for a session matched to a plan
// with steps: the planned step and target beside the time spent in target, when
// the laps line up with the steps (shared/analytics/plans/step-compliance.ts
// states the rule); otherwise which lap did not, in words.
import { isoDateToDay, matchPlans, type Thresholds, workoutCompliance } from '../../../shared/analytics';
import { formatDuration, type Streams } from '../../../shared/model';
import { listPlans, type SessionRow } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { lengthWords, targetWords } from '../workout/step-words';

export interface StepComplianceProps {
  readonly session: SessionRow;
  readonly streams: Streams | undefined;
  readonly thresholds: Thresholds;
  /** The session's local day, 'YYYY-MM-DD'. */
  readonly date: string;
}

const CHANNEL_WORDS = { power: 'power', heartRate: 'heart rate', speed: 'speed' } as const;

export function StepCompliance({ session, streams, thresholds, date }: StepComplianceProps) {
  const { db } = useServices();
  const format = useFormat();
  const plans = useLiveQuery(() => listPlans(db, { from: date, to: date }), [db, date]);
  const withSteps = (plans.value ?? []).filter((p) => (p.steps?.length ?? 0) > 0);
  // The plan the week's matching gives this session (same day and sport, closest in size).
  const done = {
    id: session.id,
    day: isoDateToDay(date),
    sport: session.sport,
    movingS: session.movingS,
    distanceM: session.distanceM,
    load: null,
  };
  const matched = matchPlans(withSteps, [done]).plans.find((c) => c.doneId === session.id);
  const plan = withSteps.find((p) => p.id === matched?.plannedId);
  if (!plan?.steps) return null;
  const result = workoutCompliance(plan.steps, session, streams, thresholds);
  const name = plan.title ? `“${plan.title}”` : 'the planned workout';
  return (
    <section aria-label="Workout steps" class="step-compliance">
      <h3>Workout steps</h3>
      {!result.lined ? (
        <p>
          The laps do not line up with the steps of {name} ({result.why}), so time in target cannot be shown per step.
        </p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>Time in target per step of {name}</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Planned</th>
                <th scope="col">Target</th>
                <th scope="col">Lap</th>
                <th scope="col">In target</th>
              </tr>
            </thead>
            <tbody>
              {result.steps.map((s, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{lengthWords(s.step, session.sport, format)}</td>
                  <td>{targetWords(s.step.target, session.sport, format)}</td>
                  <td>{formatDuration(s.lap.elapsedS)}</td>
                  <td>
                    {s.inTargetS !== null && s.recordedS
                      ? `${formatDuration(s.inTargetS)} (${format.number(Math.round((s.inTargetS / s.recordedS) * 100))} %)`
                      : s.range
                        ? `no ${CHANNEL_WORDS[s.range.channel]} recorded`
                        : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
