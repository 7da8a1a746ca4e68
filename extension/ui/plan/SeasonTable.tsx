// The season: 12 to 26 ISO weeks as rows, each with planned against done
// time, distance and load, in total and per sport, and the season's totals.
// A past week's row is marked with the compliance colour of its time.
import { useState } from 'preact/hooks';
import { complianceColour, dayToIsoDate, isoDateToDay, planVolume, weekStartDay } from '../../../shared/analytics';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { sportLabel } from '../common/sport-label';
import { useLiveQuery } from '../common/use-live-query';
import type { CalendarProps } from './calendar-props';
import { dayMs } from './plan-days';
import { readPlanWeeks } from './plan-weeks-query';
import { VOLUME_COLUMNS, VolumeRow } from './VolumeRow';

const SEASON_LENGTHS = [12, 16, 20, 26] as const;
/** Weeks shown after the chosen one: what is planned next matters as much as what was done. */
const WEEKS_AHEAD = 3;

export function SeasonTable({ anchor, onAnchor, today }: Omit<CalendarProps, 'actions'>) {
  const { db } = useServices();
  const format = useFormat();
  const [length, setLength] = useState<number>(SEASON_LENGTHS[0]);
  const lastMonday = weekStartDay(anchor) + WEEKS_AHEAD * 7;
  const first = lastMonday - (length - 1) * 7;
  const last = lastMonday + 6;
  const data = useLiveQuery(() => readPlanWeeks(db, first, last), [db, first, last]);
  const volume = data.value && planVolume(data.value.plans, data.value.done, first, last);
  const short = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const thisWeek = weekStartDay(today);
  // A season may span a new year: the caption names both years.
  const long = new Intl.DateTimeFormat(format.locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const span = `${long.format(dayMs(first))} – ${long.format(dayMs(last))}`;
  return (
    <>
      <nav class="plan-nav" aria-label="Seasons">
        <button type="button" onClick={() => onAnchor((a) => a - length * 7)}>
          Earlier weeks
        </button>
        <button type="button" onClick={() => onAnchor(today)} disabled={weekStartDay(anchor) === thisWeek}>
          Up to now
        </button>
        <button type="button" onClick={() => onAnchor((a) => a + length * 7)}>
          Later weeks
        </button>
      </nav>
      <label class="plan-season-length">
        <span>Weeks shown</span>
        <select value={String(length)} onChange={(e) => setLength(Number(e.currentTarget.value))}>
          {SEASON_LENGTHS.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {data.error && <p role="alert">The plan could not be read from this browser's storage: {data.error.message}</p>}
      {volume && (
        <table class="plan-volume plan-season">
          <caption>
            {length} weeks, {span}: done / planned
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              {VOLUME_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {volume.weeks.map((week) => {
            const monday = isoDateToDay(week.week);
            const label = `${short.format(dayMs(monday))}${monday === thisWeek ? ' (this week)' : ''}`;
            // A past week's time against its plan, in the calendar's compliance colours (the numbers say it too).
            const colour =
              monday + 7 <= today && week.planned.movingS > 0
                ? ` plan-${complianceColour(week.done.movingS / week.planned.movingS)}`
                : '';
            return (
              <tbody key={week.week} data-week={dayToIsoDate(monday)}>
                <VolumeRow label={label} volume={week} class={`plan-volume-week${colour}`} />
                {week.sports.map((s) => (
                  <VolumeRow
                    key={s.sport}
                    label={sportLabel(s.sport)}
                    volume={s}
                    sport={s.sport}
                    class="plan-volume-sport"
                  />
                ))}
              </tbody>
            );
          })}
          <tfoot>
            <VolumeRow label="Total" volume={volume} class="plan-volume-total" />
            {volume.sports.map((s) => (
              <VolumeRow
                key={s.sport}
                label={sportLabel(s.sport)}
                volume={s}
                sport={s.sport}
                class="plan-volume-sport"
              />
            ))}
          </tfoot>
        </table>
      )}
    </>
  );
}
