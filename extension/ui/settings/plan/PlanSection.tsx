// Settings → Plan: the athlete's plan and renewal, this month's hosted-AI use
// as a bar, a reached budget in words, Upgrade and Manage billing. In a build
// without accounts it says only that plans need one.
import { useEffect, useState } from 'preact/hooks';
import type { Opened, PlanService, PlanUpdate, PlanView } from './plan-service';
import { monthUse, monthUseText, planStatus, planTitle } from './plan-words';
import { openInTab, pagePlanService } from './page-plan-service';

export const PLANS_NEED_AN_ACCOUNT = 'Plans need a SessionsAI account, and this copy of SessionsAI has no accounts.';

export function PlanSection() {
  const [service] = useState(pagePlanService);
  return <PlanPanel service={service} openTab={openInTab} locale={navigator.language} />;
}

interface PlanPanelProps {
  /** Null in a build without accounts. */
  readonly service: PlanService | null;
  readonly openTab: (url: string) => void;
  readonly locale: string;
}

export function PlanPanel({ service, openTab, locale }: PlanPanelProps) {
  return (
    <section class="settings-section" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan</h2>
      {service === null ? (
        <p>{PLANS_NEED_AN_ACCOUNT}</p>
      ) : (
        <PlanBody service={service} openTab={openTab} locale={locale} />
      )}
    </section>
  );
}

/** The plan as the service reports it, following every change. */
export function usePlan(service: PlanService): PlanUpdate | null {
  const [update, setUpdate] = useState<PlanUpdate | null>(null);
  useEffect(() => service.watch(setUpdate), [service]);
  return update;
}

function PlanBody({
  service,
  openTab,
  locale,
}: {
  service: PlanService;
  openTab: (url: string) => void;
  locale: string;
}) {
  const update = usePlan(service);
  if (update === null) return <p>Loading your plan…</p>;
  if (update.kind === 'signed-out') return <p>Sign in to your SessionsAI account above to see your plan.</p>;
  if (update.kind === 'failed') return <p role="alert">{update.message}</p>;
  return <PlanDetails plan={update.plan} service={service} openTab={openTab} locale={locale} />;
}

export function PlanDetails({
  plan,
  service,
  openTab,
  locale,
}: {
  plan: PlanView;
  service: PlanService;
  openTab: (url: string) => void;
  locale: string;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const status = planStatus(plan, locale);
  const open = async (start: () => Promise<Opened>) => {
    setBusy(true);
    setProblem(null);
    const opened = await start();
    setBusy(false);
    if (opened.ok) openTab(opened.url);
    else setProblem(opened.message);
  };
  const used = monthUse(plan);
  return (
    <>
      <p class="plan-name">{planTitle(plan)}</p>
      {status !== null && <p class="plan-status">{status}</p>}
      <label class="plan-use">
        Hosted AI this month
        <progress max={1} value={used} aria-valuetext={`${Math.round(used * 100)}%`} />
      </label>
      <p class="plan-use-text">{monthUseText(plan, locale)}</p>
      {!plan.hosted.ok && (
        <p class="plan-limit" role="status">
          {plan.hosted.reason}
        </p>
      )}
      {problem !== null && <p role="alert">{problem}</p>}
      <div class="form-actions">
        {plan.plan === 'free' && (
          <>
            <button type="button" disabled={busy} onClick={() => void open(() => service.upgrade('month'))}>
              Upgrade to Pro, monthly
            </button>
            <button type="button" disabled={busy} onClick={() => void open(() => service.upgrade('year'))}>
              Upgrade to Pro, yearly
            </button>
          </>
        )}
        <button type="button" disabled={busy} onClick={() => void open(() => service.manage())}>
          Manage billing
        </button>
      </div>
    </>
  );
}
