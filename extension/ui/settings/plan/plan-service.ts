// The one seam between Settings → Plan (and the page a checkout returns to)
// and the server: the athlete's plan as it changes, and the Stripe pages for
// upgrading and managing billing. Tests stand in for it without a server.
import type { FunctionReturnType } from 'convex/server';
import type { api } from '../../../../convex/_generated/api';

/** The athlete's plan and hosted-AI use, as convex/billing/plan.ts:mine returns it. */
export type PlanView = FunctionReturnType<typeof api.billing.plan.mine>;

/** A Stripe page to open in a tab, or why there is none, in words. */
export type Opened = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

export type PlanUpdate =
  | { readonly kind: 'plan'; readonly plan: PlanView }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'failed'; readonly message: string };

export interface PlanService {
  /** Calls `onUpdate` with the plan now and on every change; returns the unsubscribe. */
  watch(onUpdate: (update: PlanUpdate) => void): () => void;
  upgrade(interval: 'month' | 'year'): Promise<Opened>;
  manage(): Promise<Opened>;
}
