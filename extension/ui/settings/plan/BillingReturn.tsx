// The extension page Stripe sends the athlete back to after Checkout
// (?checkout=done or ?checkout=cancelled) or the Customer Portal: what
// happened, then the plan as it is now, following the webhook's update live.
import type { PlanService } from './plan-service';
import { PLANS_NEED_AN_ACCOUNT, PlanDetails, usePlan } from './PlanSection';

export function checkoutMessage(search: string, plan: 'free' | 'pro' | null): string {
  const checkout = new URLSearchParams(search).get('checkout');
  if (checkout === 'cancelled') return 'Checkout was cancelled; nothing was charged.';
  if (checkout === 'done') {
    return plan === 'pro'
      ? 'Thank you: you are on Pro now.'
      : 'Payment received: waiting for Stripe to confirm your plan…';
  }
  return 'Back from billing. Your plan as it is now:';
}

interface BillingReturnProps {
  readonly service: PlanService | null;
  readonly search: string;
  readonly openTab: (url: string) => void;
  readonly locale: string;
}

export function BillingReturn({ service, search, openTab, locale }: BillingReturnProps) {
  return (
    <main class="billing-return">
      <h1>SessionsAI plan</h1>
      {service === null ? (
        <p>{PLANS_NEED_AN_ACCOUNT}</p>
      ) : (
        <Body service={service} search={search} openTab={openTab} locale={locale} />
      )}
    </main>
  );
}

function Body({ service, search, openTab, locale }: Required<BillingReturnProps> & { service: PlanService }) {
  const update = usePlan(service);
  const plan = update?.kind === 'plan' ? update.plan : null;
  return (
    <>
      <p role="status">{checkoutMessage(search, plan?.plan ?? null)}</p>
      {update?.kind === 'signed-out' && <p>Sign in from the SessionsAI panel to see your plan.</p>}
      {update?.kind === 'failed' && <p role="alert">{update.message}</p>}
      {plan !== null && <PlanDetails plan={plan} service={service} openTab={openTab} locale={locale} />}
      <p>You can close this tab; the SessionsAI panel shows the same plan.</p>
    </>
  );
}
