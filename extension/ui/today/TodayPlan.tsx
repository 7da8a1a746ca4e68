// What the plan says for today: each planned session with its targets.
import { formatDuration } from '../../../shared/model';
import type { PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { sportLabel } from '../common/sport-label';

function targets(plan: PlanRow, format: ReturnType<typeof useFormat>): string {
  const parts = [sportLabel(plan.sport)];
  if (plan.targetDurationS !== undefined) parts.push(formatDuration(plan.targetDurationS));
  if (plan.targetDistanceM !== undefined) parts.push(format.distance(plan.targetDistanceM, plan.sport));
  if (plan.targetLoad !== undefined) parts.push(`load ${format.number(plan.targetLoad)}`);
  return parts.join(' · ');
}

export function TodayPlan({ plans }: { plans: readonly PlanRow[] }) {
  const format = useFormat();
  return (
    <section class="today-plan" aria-labelledby="today-plan-heading">
      <h3 id="today-plan-heading">Planned today</h3>
      {plans.length === 0 ? (
        <p class="today-none">Nothing planned today</p>
      ) : (
        <ul class="today-list">
          {plans.map((plan) => (
            <li key={plan.id}>
              <span class="today-item-title">{plan.title ?? sportLabel(plan.sport)}</span>
              <span class="today-item-numbers">{targets(plan, format)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
