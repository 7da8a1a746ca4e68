import { isoDateToDay } from '../../../shared/analytics';
import type { PlanRow } from '../../db';
import { sportLabel } from '../common/sport-label';
import type { Format } from '../units/format';
import { dayMs } from './plan-days';

/** "planned Running “Tempo” on Tue, 11 Jun 2024": what a delete names. */
export function planLabel(plan: PlanRow, format: Format): string {
  const title = plan.title ? ` “${plan.title}”` : '';
  return `planned ${sportLabel(plan.sport)}${title} on ${format.date(dayMs(isoDateToDay(plan.date)), 0)}`;
}
