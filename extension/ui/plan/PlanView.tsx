// The Plan view: a calendar of planned and done sessions with compliance, as
// three weeks, a month or a season (the athlete's choice, remembered), where a
// planned session is edited, moved to another day or deleted, and a week's
// plans copied to another week; and a form to add a planned session.
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayToIsoDate, isoDateToDay } from '../../../shared/analytics';
import { type PlanRow, saveRecord } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import type { ViewProps } from '../common/view-props';
import { AddPlanForm } from './AddPlanForm';
import type { CalendarProps } from './calendar-props';
import { CopyWeekForm } from './CopyWeekForm';
import { DeletePlanPrompt } from './DeletePlanPrompt';
import { EditPlanForm } from './EditPlanForm';
import { LayoutSwitch } from './LayoutSwitch';
import { MonthCalendar } from './MonthCalendar';
import type { PlanActions } from './plan-actions';
import { dayMs, localToday } from './plan-days';
import { planLabel } from './plan-label';
import { loadPlanLayout, type PlanLayout, savePlanLayout } from './plan-layout';
import { SeasonTable } from './SeasonTable';
import { ThreeWeeks } from './ThreeWeeks';
import './plan-calendar.css';
import { WorkoutForm } from './WorkoutForm';

/** The one prompt or form open above the calendar: a day cell is too narrow to hold it. */
type Panel =
  | { readonly kind: 'delete'; readonly plan: PlanRow }
  | { readonly kind: 'edit'; readonly plan: PlanRow }
  | { readonly kind: 'copy'; readonly monday: number };

export interface PlanViewProps extends ViewProps {
  /** Where the calendar choice is kept; the panel's localStorage unless a test gives its own. */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export function PlanView({ onOpenSession, storage = globalThis.localStorage }: PlanViewProps) {
  const { db } = useServices();
  const format = useFormat();
  const today = localToday();
  const [layout, setLayout] = useState<PlanLayout>(() => loadPlanLayout(storage));
  const [anchor, setAnchor] = useState(today);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [focusPlan, setFocusPlan] = useState<PlanActions['focusPlan']>(null);
  const dragged = useRef<PlanRow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const viewRoot = useRef<HTMLDivElement>(null);
  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFocusPlan(null);
    setPanel(next);
  };
  // When a prompt or form closes, focus goes back to the button that opened it (if it is still there).
  useEffect(() => {
    if (panel === null && opener.current?.isConnected) opener.current.focus();
  }, [panel]);

  const move = async (plan: PlanRow, day: number) => {
    if (day === isoDateToDay(plan.date)) return;
    const to = format.date(dayMs(day), 0);
    try {
      await saveRecord(db, 'plans', { ...plan, date: dayToIsoDate(day) });
    } catch (error) {
      setNotice({
        text: `The plan could not be moved: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
      return;
    }
    setFocusPlan({ id: plan.id, date: dayToIsoDate(day) });
    // Moved from the keyboard past the days drawn: the calendar follows it, so focus can too.
    if (!viewRoot.current?.querySelector(`[data-date="${dayToIsoDate(day)}"]`)) setAnchor(day);
    setNotice({ text: `Moved the ${planLabel(plan, format)} to ${to}.`, error: false });
  };
  const actions: PlanActions = {
    onOpenSession,
    onDelete: (plan) => open({ kind: 'delete', plan }),
    onEdit: (plan) => open({ kind: 'edit', plan }),
    onMove: (plan, day) => void move(plan, day),
    onDragPlan: (plan) => {
      dragged.current = plan;
    },
    onDropOn: (day) => {
      const plan = dragged.current;
      dragged.current = null;
      if (plan === null) return false;
      void move(plan, day);
      return true;
    },
    onCopyWeek: (monday) => open({ kind: 'copy', monday }),
    focusPlan,
    onPlanFocused: () => setFocusPlan(null),
  };
  const chooseLayout = (next: PlanLayout) => {
    setLayout(next);
    setFocusPlan(null);
    savePlanLayout(storage, next);
  };
  const calendar: CalendarProps = { anchor, onAnchor: setAnchor, today, actions };

  return (
    <div class="view plan-view" ref={viewRoot}>
      <h2 class="visually-hidden">Plan</h2>
      <LayoutSwitch value={layout} onChange={chooseLayout} />
      {panel?.kind === 'delete' && <DeletePlanPrompt plan={panel.plan} onClose={() => setPanel(null)} />}
      {panel?.kind === 'edit' && (
        <EditPlanForm
          key={panel.plan.id}
          plan={panel.plan}
          onClose={(savedDate) => {
            if (savedDate !== null) {
              setFocusPlan({ id: panel.plan.id, date: savedDate });
              setAnchor(isoDateToDay(savedDate));
            }
            setPanel(null);
          }}
        />
      )}
      {panel?.kind === 'copy' && (
        <CopyWeekForm
          key={panel.monday}
          monday={panel.monday}
          onClose={(copied) => {
            if (copied !== null) {
              setNotice({ text: copied.message, error: false });
              setAnchor(copied.monday);
            }
            setPanel(null);
          }}
        />
      )}
      {notice && (
        <p class={notice.error ? 'plan-form-error' : 'plan-notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {layout === 'weeks' && <ThreeWeeks {...calendar} />}
      {layout === 'month' && <MonthCalendar {...calendar} />}
      {layout === 'season' && <SeasonTable {...calendar} />}
      <AddPlanForm defaultDate={dayToIsoDate(today)} onSaved={(date) => setAnchor(isoDateToDay(date))} />
      <WorkoutForm today={dayToIsoDate(today)} onSaved={(date) => setAnchor(isoDateToDay(date))} />
    </div>
  );
}
