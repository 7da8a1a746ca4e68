// One ISO week of the Plan calendar: its dates and counts, then seven day cells.
import { formatDuration } from '../../../shared/model';
import { dayToIsoDate } from '../../../shared/analytics';
import type { PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { sessionTitle } from '../common/session-title';
import { sportLabel } from '../common/sport-label';
import type { Format } from '../units/format';
import type { CalendarDay, CalendarWeek, PlannedEntry } from './plan-calendar';
import { dayMs } from './plan-days';
import { planLabel } from './plan-label';
import { weekCountsText } from './week-counts-text';

export interface WeekRowProps {
  readonly week: CalendarWeek;
  readonly today: number;
  readonly onOpenSession: (id: string) => void;
  /** Asks to delete a planned session. */
  readonly onDelete: (plan: PlanRow) => void;
}

export function WeekRow({ week, today, onOpenSession, onDelete }: WeekRowProps) {
  const format = useFormat();
  const short = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const heading = `${short.format(dayMs(week.monday))} – ${short.format(dayMs(week.monday + 6))}`;
  const current = today >= week.monday && today < week.monday + 7;
  return (
    <section class="plan-week" aria-label={`Week of ${heading}`}>
      <h3 class="plan-week-heading">
        {heading}
        {current && <span class="plan-week-now"> (this week)</span>}
      </h3>
      <p class="plan-week-counts">{weekCountsText(week.counts, format)}</p>
      <ol class="plan-days">
        {week.days.map((day) => (
          <DayCell key={day.day} day={day} today={today} onOpenSession={onOpenSession} onDelete={onDelete} />
        ))}
      </ol>
    </section>
  );
}

function DayCell({ day, today, onOpenSession, onDelete }: { day: CalendarDay } & Omit<WeekRowProps, 'week'>) {
  const format = useFormat();
  const dayOfMonth = new Intl.DateTimeFormat(format.locale, { day: 'numeric', timeZone: 'UTC' }).format(dayMs(day.day));
  return (
    <li class="plan-day" data-date={dayToIsoDate(day.day)} aria-current={day.day === today ? 'date' : undefined}>
      <span class="plan-day-date">
        <span class="visually-hidden">{format.date(dayMs(day.day), 0)}</span>
        <span aria-hidden="true">{dayOfMonth}</span>
      </span>
      {(day.planned.length > 0 || day.done.length > 0) && (
        <ul class="plan-entries">
          {day.planned.map((entry) => (
            <PlannedItem key={entry.plan.id} entry={entry} format={format} onDelete={onDelete} />
          ))}
          {day.done.map(({ session, title, unplanned }) => (
            <li key={session.id}>
              <button
                type="button"
                class={`plan-done${unplanned ? ' plan-unplanned' : ''}`}
                onClick={() => onOpenSession(session.id)}
              >
                <span class="plan-entry-sport">{sessionTitle({ title, sport: session.sport })}</span>
                <span class="plan-entry-numbers">{formatDuration(session.movingS)}</span>
                {unplanned && <span class="plan-status">unplanned</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** "1:00:00 · 10.00 km · load 80": the plan's targets in the athlete's units. */
function targetsText(plan: PlanRow, format: Format): string {
  const parts: string[] = [];
  if (plan.targetDurationS) parts.push(formatDuration(plan.targetDurationS));
  if (plan.targetDistanceM) parts.push(format.distance(plan.targetDistanceM, plan.sport));
  if (plan.targetLoad) parts.push(`load ${format.number(plan.targetLoad)}`);
  return parts.join(' · ');
}

function PlannedItem({
  entry,
  format,
  onDelete,
}: {
  entry: PlannedEntry;
  format: Format;
  onDelete: (plan: PlanRow) => void;
}) {
  const { plan } = entry;
  return (
    <li class={`plan-planned plan-${entry.colour ?? 'upcoming'}`}>
      <span class="plan-entry-sport">{sportLabel(plan.sport)}</span>
      {plan.title && <span class="plan-entry-title">{plan.title}</span>}
      <span class="plan-entry-numbers">{targetsText(plan, format)}</span>
      <span class="plan-status">{entry.status}</span>
      <button
        type="button"
        class="plan-delete"
        aria-label={`Delete the ${planLabel(plan, format)}`}
        title="Delete this plan"
        onClick={() => onDelete(plan)}
      >
        ×
      </button>
    </li>
  );
}
