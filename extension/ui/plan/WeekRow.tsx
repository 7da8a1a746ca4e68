// One ISO week of the Plan calendar: its dates and counts, then seven day cells.
// A planned session moves by drag and drop onto another day, or from the
// keyboard with Alt and the arrow keys while its edit or delete button has focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDuration } from '../../../shared/model';
import { dayToIsoDate, isoDateToDay } from '../../../shared/analytics';
import type { PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { sessionTitle } from '../common/session-title';
import { sportLabel } from '../common/sport-label';
import type { Format } from '../units/format';
import { MOVE_KEYS, type PlanActions } from './plan-actions';
import type { CalendarDay, CalendarWeek, PlannedEntry } from './plan-calendar';
import { dayMs } from './plan-days';
import { planLabel } from './plan-label';
import { weekCountsText } from './week-counts-text';

/** The drag's data type: only a planned session's drag is taken by a day (files dropped go to the import). */
export const PLAN_DRAG_TYPE = 'application/x-sessionsai-plan';

export interface WeekRowProps {
  readonly week: CalendarWeek;
  readonly today: number;
  readonly actions: PlanActions;
  /** Days drawn but outside the period shown (a month's neighbours): dimmed. */
  readonly isOutside?: (day: number) => boolean;
}

export function WeekRow({ week, today, actions, isOutside }: WeekRowProps) {
  const format = useFormat();
  const short = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const heading = `${short.format(dayMs(week.monday))} – ${short.format(dayMs(week.monday + 6))}`;
  const current = today >= week.monday && today < week.monday + 7;
  return (
    <section class="plan-week" aria-label={`Week of ${heading}`}>
      <div class="plan-week-head">
        <h3 class="plan-week-heading">
          {heading}
          {current && <span class="plan-week-now"> (this week)</span>}
        </h3>
        <button
          type="button"
          class="plan-copy-week"
          aria-label={`Copy the plans of the week of ${heading}`}
          onClick={() => actions.onCopyWeek(week.monday)}
        >
          Copy week…
        </button>
      </div>
      <p class="plan-week-counts">{weekCountsText(week.counts, format)}</p>
      <ol class="plan-days">
        {week.days.map((day) => (
          <DayCell key={day.day} day={day} today={today} actions={actions} outside={isOutside?.(day.day) ?? false} />
        ))}
      </ol>
    </section>
  );
}

function DayCell({
  day,
  today,
  actions,
  outside,
}: {
  day: CalendarDay;
  today: number;
  actions: PlanActions;
  outside: boolean;
}) {
  const format = useFormat();
  const [dropping, setDropping] = useState(false);
  const dayOfMonth = new Intl.DateTimeFormat(format.locale, { day: 'numeric', timeZone: 'UTC' }).format(dayMs(day.day));
  const takesDrop = (e: DragEvent) => e.dataTransfer?.types.includes(PLAN_DRAG_TYPE) ?? false;
  const classes = ['plan-day', outside && 'plan-day-outside', dropping && 'plan-day-drop'].filter(Boolean).join(' ');
  return (
    <li
      class={classes}
      data-date={dayToIsoDate(day.day)}
      aria-current={day.day === today ? 'date' : undefined}
      onDragOver={(e) => {
        if (!takesDrop(e)) return;
        e.preventDefault();
        e.dataTransfer!.dropEffect = 'move';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        if (!actions.onDropOn(day.day)) return;
        // Taken here: the panel-wide file drop must not see it.
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <span class="plan-day-date">
        <span class="visually-hidden">{format.date(dayMs(day.day), 0)}</span>
        <span aria-hidden="true">{dayOfMonth}</span>
      </span>
      {(day.planned.length > 0 || day.done.length > 0) && (
        <ul class="plan-entries">
          {day.planned.map((entry) => (
            <PlannedItem key={entry.plan.id} entry={entry} format={format} actions={actions} />
          ))}
          {day.done.map(({ session, title, unplanned }) => (
            <li key={session.id}>
              <button
                type="button"
                class={`plan-done${unplanned ? ' plan-unplanned' : ''}`}
                onClick={() => actions.onOpenSession(session.id)}
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

function PlannedItem({ entry, format, actions }: { entry: PlannedEntry; format: Format; actions: PlanActions }) {
  const { plan } = entry;
  const label = planLabel(plan, format);
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const wanted = actions.focusPlan;
    if (wanted?.id !== plan.id || wanted.date !== plan.date || !edit.current) return;
    edit.current.focus();
    actions.onPlanFocused();
  }, [actions.focusPlan, plan.id, plan.date]);
  return (
    <li
      class={`plan-planned plan-${entry.colour ?? 'upcoming'}`}
      data-plan-id={plan.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer?.setData(PLAN_DRAG_TYPE, plan.id);
        e.dataTransfer?.setData('text/plain', label);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        actions.onDragPlan(plan);
      }}
      onDragEnd={() => actions.onDragPlan(null)}
      onKeyDown={(e) => {
        const days = MOVE_KEYS[e.key];
        if (!e.altKey || days === undefined) return;
        e.preventDefault();
        actions.onMove(plan, isoDateToDay(plan.date) + days);
      }}
    >
      <span class="plan-entry-sport">{sportLabel(plan.sport)}</span>
      {plan.title && <span class="plan-entry-title">{plan.title}</span>}
      <span class="plan-entry-numbers">{targetsText(plan, format)}</span>
      <span class="plan-status">{entry.status}</span>
      <div class="plan-entry-actions">
        <button
          type="button"
          ref={edit}
          class="plan-edit"
          aria-label={`Edit the ${label}`}
          aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
          title="Edit this plan (Alt+arrow keys move it a day or a week)"
          onClick={() => actions.onEdit(plan)}
        >
          ✎
        </button>
        <button
          type="button"
          class="plan-delete"
          aria-label={`Delete the ${label}`}
          aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
          title="Delete this plan"
          onClick={() => actions.onDelete(plan)}
        >
          ×
        </button>
      </div>
    </li>
  );
}
