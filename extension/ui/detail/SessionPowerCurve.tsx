// The session's own mean-maximal power curve (shared/analytics meanMaximalPower):
// its best average power for each duration from 1 s to the ride's length, on a log axis.
import type { CurvePoint } from '../../../shared/analytics';
import { CurveChart } from '../common/CurveChart';
import { DURATION_TICKS, durationLabel } from '../common/duration-label';
import { useFormat } from '../common/format-context';

export function SessionPowerCurve({ curve }: { curve: readonly CurvePoint[] }) {
  const format = useFormat();
  if (curve.length < 2) return null;
  return (
    <section class="session-curve" aria-labelledby="session-curve-title">
      <h3 id="session-curve-title">Power curve</h3>
      <p class="section-note">Best average power for each duration in this session (mean-maximal power).</p>
      <CurveChart
        channel={{ key: 'power', title: 'Best power', invert: false, show: format.power }}
        points={curve.map((p) => ({ x: p.durationS, value: p.watts }))}
        showX={durationLabel}
        ticks={DURATION_TICKS}
        over="duration"
      />
    </section>
  );
}
