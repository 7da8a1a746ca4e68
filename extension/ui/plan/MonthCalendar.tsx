// A calendar month: the ISO weeks holding its days (the neighbours' days
// dimmed) with compliance, then the month's planned against done volume by sport.
import { planVolume, weekStartDay } from '../../../shared/analytics';
import { sportLabel } from '../common/sport-label';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import type { CalendarProps } from './calendar-props';
import { buildCalendar } from './plan-calendar';
import { dayMs, monthAround } from './plan-days';
import { readPlanWeeks } from './plan-weeks-query';
import { VOLUME_COLUMNS, VolumeRow } from './VolumeRow';
import { WeekdayNames } from './WeekdayNames';
import { WeekRow } from './WeekRow';

export function MonthCalendar({ anchor, onAnchor, today, actions }: CalendarProps) {
  const { db } = useServices();
  const format = useFormat();
  const { first, last } = monthAround(anchor);
  const firstMonday = weekStartDay(first);
  const weekCount = (weekStartDay(last) - firstMonday) / 7 + 1;
  const data = useLiveQuery(() => readPlanWeeks(db, firstMonday, firstMonday + weekCount * 7 - 1), [db, first]);
  const weeks = data.value && buildCalendar(firstMonday, weekCount, data.value, today);
  const volume = data.value && planVolume(data.value.plans, data.value.done, first, last);
  const name = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dayMs(first),
  );
  const thisMonth = monthAround(today).first === first;
  return (
    <>
      <nav class="plan-nav" aria-label="Months">
        <button type="button" onClick={() => onAnchor((a) => monthAround(a, -1).first)}>
          Previous month
        </button>
        <button type="button" onClick={() => onAnchor(today)} disabled={thisMonth}>
          This month
        </button>
        <button type="button" onClick={() => onAnchor((a) => monthAround(a, 1).first)}>
          Next month
        </button>
      </nav>
      <h3 class="plan-period-heading">{name}</h3>
      {data.error && <p role="alert">The plan could not be read from this browser's storage: {data.error.message}</p>}
      {weeks && (
        <div class="plan-calendar plan-month">
          <WeekdayNames />
          {weeks.map((week) => (
            <WeekRow
              key={week.monday}
              week={week}
              today={today}
              actions={actions}
              isOutside={(day) => day < first || day > last}
            />
          ))}
        </div>
      )}
      {volume && (
        <table class="plan-volume plan-month-totals">
          <caption>{name}: done / planned</caption>
          <thead>
            <tr>
              <th scope="col">Sport</th>
              {VOLUME_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {volume.sports.map((s) => (
              <VolumeRow key={s.sport} label={sportLabel(s.sport)} volume={s} sport={s.sport} />
            ))}
          </tbody>
          <tfoot>
            <VolumeRow label="Total" volume={volume} class="plan-volume-total" />
          </tfoot>
        </table>
      )}
    </>
  );
}
