// Progress: how the athlete's best efforts, volume and load balance have moved.
// Power and pace curves for a season (log time or distance axis, the session
// behind each point one click away), records with their progression, weekly
// and monthly volume by sport, ramp rate / ACWR / monotony / strain with their
// methods, and wellness next to load.
import { useState } from 'preact/hooks';
import { dayNumber, MS_PER_DAY } from '../../../shared/analytics';
import { readProgressData } from '../../db';
import { CurveChart } from '../common/CurveChart';
import { DURATION_TICKS, durationLabel } from '../common/duration-label';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import type { ViewProps } from '../common/view-props';
import { paceCurve, powerCurve } from './curves';
import { LoadBalance } from './LoadBalance';
import { Records } from './Records';
import { seasons, type SeasonId } from './season';
import { VolumeChart, type Measure } from './VolumeChart';
import { WellnessVsLoad } from './WellnessVsLoad';

const DISTANCE_TICKS = [400, 1000, 5000, 10_000, 21_097.5, 42_195];
const PERIODS_SHOWN = 16;

export function ProgressView({ onOpenSession }: ViewProps) {
  const { db } = useServices();
  const format = useFormat();
  const today = dayNumber(Date.now(), -new Date().getTimezoneOffset() * 60);
  const data = useLiveQuery(() => readProgressData(db, today), [db, today]);
  const [chosen, setSeason] = useState<SeasonId | null>(null);
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const [measure, setMeasure] = useState<Measure>('time');
  const all = seasons(today);

  if (data.error) return <p role="alert">Your progress could not be read: {data.error.message}</p>;
  if (data.value === undefined) return <p>Reading your sessions…</p>;
  const d = data.value;
  // This season when it has a power or pace curve to show, else all time.
  const seasonId =
    chosen ??
    (all.slice(0, 1).some((s) => powerCurve(d.bests, s).length + paceCurve(d.bests, s).length > 1) ? 'this' : 'all');
  const season = all.find((s) => s.id === seasonId)!;
  const when = (sessionId: string) => {
    const s = d.sessions.get(sessionId);
    return s ? format.date(s.start, s.utcOffsetS) : '';
  };
  const power = powerCurve(d.bests, season);
  const pace = paceCurve(d.bests, season);
  const inSeason = d.bests.filter((b) => b.day >= season.from && b.day <= season.to);
  const volumes = (period === 'week' ? d.weeks : d.months).filter((p) => {
    const day = Date.parse(period === 'week' ? `${p.period}T00:00:00Z` : `${p.period}-01T00:00:00Z`) / MS_PER_DAY;
    return day >= season.from - 31 && day <= season.to;
  });

  return (
    <div class="progress-view">
      <h2>Progress</h2>
      <fieldset class="axis-choice season-choice">
        <legend>Season</legend>
        {all.map((s) => (
          <label key={s.id}>
            <input type="radio" name="season" checked={s.id === seasonId} onChange={() => setSeason(s.id)} />
            {s.label}
          </label>
        ))}
      </fieldset>

      <section class="progress-section" aria-labelledby="power-curve-title">
        <h3 id="power-curve-title">Power curve</h3>
        {power.length > 1 ? (
          <CurveChart
            channel={{ key: 'power', title: 'Best power, riding', invert: false, show: format.power }}
            points={power.map((p) => ({ x: p.x, value: p.value, sessionId: p.sessionId, when: when(p.sessionId) }))}
            showX={durationLabel}
            ticks={DURATION_TICKS}
            over="duration"
            onOpenSession={onOpenSession}
          />
        ) : (
          <p class="section-note">No rides with power in this season.</p>
        )}
      </section>

      <section class="progress-section" aria-labelledby="pace-curve-title">
        <h3 id="pace-curve-title">Pace curve</h3>
        {pace.length > 1 ? (
          <CurveChart
            channel={{
              key: 'speed',
              title: 'Fastest pace, running',
              invert: true,
              show: (spm) => format.pace(1 / spm),
            }}
            points={pace.map((p) => ({
              x: p.x,
              value: p.value / p.x,
              sessionId: p.sessionId,
              when: when(p.sessionId),
            }))}
            showX={(m) => (m < 1000 ? `${m} m` : format.distance(m))}
            ticks={DISTANCE_TICKS}
            over="distance"
            onOpenSession={onOpenSession}
          />
        ) : (
          <p class="section-note">No runs with distance over 1 km in this season.</p>
        )}
      </section>

      <section class="progress-section" aria-labelledby="records-title">
        <h3 id="records-title">Best efforts and records</h3>
        <Records bests={inSeason} sessions={d.sessions} onOpenSession={onOpenSession} />
      </section>

      <section class="progress-section" aria-labelledby="volume-title">
        <h3 id="volume-title">Volume by sport</h3>
        <div class="charts-head">
          <fieldset class="axis-choice">
            <legend>Per</legend>
            {(['week', 'month'] as const).map((p) => (
              <label key={p}>
                <input type="radio" name="volume-period" checked={p === period} onChange={() => setPeriod(p)} />
                {p === 'week' ? 'Week' : 'Month'}
              </label>
            ))}
          </fieldset>
          <fieldset class="axis-choice">
            <legend>Measure</legend>
            {(['time', 'distance', 'load'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="volume-measure" checked={m === measure} onChange={() => setMeasure(m)} />
                {m === 'time' ? 'Time' : m === 'distance' ? 'Distance' : 'Load'}
              </label>
            ))}
          </fieldset>
        </div>
        <VolumeChart periods={volumes.slice(-PERIODS_SHOWN)} measure={measure} />
      </section>

      <LoadBalance days={d.days} />
      <WellnessVsLoad days={d.days} wellness={d.wellness} log={d.log} />
    </div>
  );
}
