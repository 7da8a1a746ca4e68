// Building a structured workout: choose a planned session (or plan a new
// one), edit its steps with a preview of intensity over time and the totals
// they make on the day's thresholds, save, and download it for a device.
import { useState } from 'preact/hooks';
import {
  isoDateToDay,
  planInstant,
  thresholdsAt,
  type AthleteProfile,
  type PlannedSession,
} from '../../../shared/analytics';
import { formatDuration, type Sport } from '../../../shared/model';
import { listPlans, readAthleteProfile, saveRecord, type PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { SPORT_CHOICES, sportLabel } from '../common/sport-label';
import { useLiveQuery } from '../common/use-live-query';
import type { Format } from '../units/format';
import { dayMs } from './plan-days';
import { draftPlan, type WorkoutDraft } from './workout-draft';
import { previewBlocks } from '../workout/preview-blocks';
import { StepEditor } from '../workout/StepEditor';
import { WorkoutDownload } from '../workout/WorkoutDownload';
import { WorkoutPreview } from '../workout/WorkoutPreview';

const NEW = 'new';

const dayText = (date: string, format: Format) => format.date(dayMs(isoDateToDay(date)), 0);

interface Draft extends WorkoutDraft {
  /** The plan being edited, or NEW. */
  readonly planId: string;
}

export interface WorkoutFormProps {
  /** 'YYYY-MM-DD': a new workout's date, and the first day whose plans can be chosen. */
  readonly today: string;
  readonly onSaved: (date: string) => void;
}

function plansText(plan: PlanRow, format: Format): string {
  return `${dayText(plan.date, format)} · ${sportLabel(plan.sport)}${plan.title ? ` · ${plan.title}` : ''}${plan.steps?.length ? ' (steps)' : ''}`;
}

/** "0:44:00 · 10.00 km · load 40": what the steps add up to; unknown totals are left out. */
function totalsText(plan: PlannedSession, format: Format): string {
  const parts: string[] = [];
  if (plan.targetDurationS) parts.push(formatDuration(plan.targetDurationS));
  if (plan.targetDistanceM) parts.push(format.distance(plan.targetDistanceM, plan.sport));
  if (plan.targetLoad) parts.push(`load ${format.number(plan.targetLoad)}`);
  return parts.length > 0
    ? `Planned: ${parts.join(' · ')}`
    : 'No total can be planned yet: give the steps lengths and targets.';
}

export function WorkoutForm({ today, onSaved }: WorkoutFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const data = useLiveQuery(
    async () => ({
      plans: await listPlans(db, { from: today, to: '9999-12-31' }),
      profile: await readAthleteProfile(db),
    }),
    [db, today],
  );
  const fresh: Draft = { planId: NEW, date: today, sport: 'cycling', title: '', steps: [] };
  const [draft, setDraft] = useState<Draft>(fresh);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const plans = data.value?.plans ?? [];
  const profile: AthleteProfile = data.value?.profile ?? { sex: null, thresholds: [] };

  const choose = (id: string) => {
    const plan = plans.find((p) => p.id === id);
    setDraft(
      plan
        ? { planId: plan.id, date: plan.date, sport: plan.sport, title: plan.title ?? '', steps: plan.steps ?? [] }
        : fresh,
    );
    setMessage(null);
  };
  const stored = plans.find((p) => p.id === draft.planId);
  const plan = draftPlan(draft, stored?.id ?? NEW, stored, profile);
  const thresholds = thresholdsAt(profile, planInstant(draft.date), draft.sport);

  const save = async (e: Event) => {
    e.preventDefault();
    if (draft.steps.length === 0) {
      setMessage({ text: 'Add at least one step before saving the workout.', error: true });
      return;
    }
    const id = stored?.id ?? crypto.randomUUID();
    try {
      await saveRecord(db, 'plans', { ...plan, id });
    } catch (error) {
      setMessage({
        text: `The workout could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
      return;
    }
    setDraft({ ...draft, planId: id });
    setMessage({
      text: `Saved: ${sportLabel(plan.sport)} on ${dayText(plan.date, format)}, ${totalsText(plan, format)}.`,
      error: false,
    });
    onSaved(plan.date);
  };

  return (
    <details class="plan-add workout-form">
      <summary>Build a structured workout</summary>
      <form class="plan-form" onSubmit={save} noValidate>
        <label>
          <span>Workout for</span>
          <select value={draft.planId} onChange={(e) => choose(e.currentTarget.value)}>
            <option value={NEW}>A new planned session</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {plansText(p, format)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Date</span>
          <input
            type="date"
            required
            value={draft.date}
            onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>Sport</span>
          <select value={draft.sport} onChange={(e) => setDraft({ ...draft, sport: e.currentTarget.value as Sport })}>
            {SPORT_CHOICES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Title (optional)</span>
          <input
            type="text"
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
        </label>
        <StepEditor
          items={draft.steps}
          sport={draft.sport}
          onChange={(change) => setDraft((d) => ({ ...d, steps: change(d.steps) }))}
        />
        <WorkoutPreview blocks={previewBlocks(draft.steps, draft.sport, thresholds)} />
        <p class="workout-totals">{totalsText(plan, format)}</p>
        <button type="submit">Save the workout</button>
        {draft.steps.length > 0 && (
          <WorkoutDownload
            workout={{ sport: draft.sport, steps: draft.steps, ...(plan.title && { title: plan.title }) }}
            thresholds={thresholds}
            date={draft.date}
          />
        )}
        {message && (
          <p class={message.error ? 'plan-form-error' : 'plan-form-saved'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
