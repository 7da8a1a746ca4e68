// A PlanService in memory for the Plan tests: the plan is pushed by the test,
// and every Stripe page asked for is logged.
import type { Opened, PlanService, PlanUpdate, PlanView } from './plan-service';

const DAY_RESET = Date.UTC(2026, 11, 3);
const MONTH_RESET = Date.UTC(2027, 0, 1);

export function freePlan(overrides: Partial<PlanView> = {}): PlanView {
  return {
    plan: 'free',
    interval: null,
    status: null,
    periodEnd: null,
    cancelAtPeriodEnd: false,
    graceEndsAt: null,
    day: { requests: 2, requestLimit: 20, tokens: 8_000, tokenLimit: 100_000, resetsAt: DAY_RESET },
    month: { requests: 50, requestLimit: 200, tokens: 250_000, tokenLimit: 1_000_000, resetsAt: MONTH_RESET },
    hosted: { ok: true },
    ...overrides,
  };
}

export function proPlan(overrides: Partial<PlanView> = {}): PlanView {
  return freePlan({
    plan: 'pro',
    interval: 'month',
    status: 'active',
    periodEnd: Date.UTC(2027, 0, 2),
    ...overrides,
  });
}

export function fakePlanService(answers: { upgrade?: Opened; manage?: Opened } = {}) {
  const listeners = new Set<(update: PlanUpdate) => void>();
  const asked: string[] = [];
  let last: PlanUpdate | null = null;
  const service: PlanService = {
    watch(onUpdate) {
      listeners.add(onUpdate);
      if (last !== null) onUpdate(last);
      return () => listeners.delete(onUpdate);
    },
    upgrade: async (interval) => {
      asked.push(`upgrade ${interval}`);
      return answers.upgrade ?? { ok: true, url: `https://checkout.stripe.com/c/pay/cs_${interval}` };
    },
    manage: async () => {
      asked.push('manage');
      return answers.manage ?? { ok: true, url: 'https://billing.stripe.com/p/session/bps_1' };
    },
  };
  const push = (update: PlanUpdate) => {
    last = update;
    for (const listener of listeners) listener(update);
  };
  return { service, asked, push, listeners };
}
