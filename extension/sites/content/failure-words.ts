// A site failure in words an athlete can act on (docs/ui.md, "Long work and
// errors"): what happened, on which site, and what to do.
import type { SiteFailure } from '../site-adapter';

function minutes(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? 'a minute' : `${m} minutes`;
}

/** `site` is the adapter's label ("Strava"). */
export function failureWords(failure: SiteFailure, site: string): string {
  switch (failure.kind) {
    case 'logged-out':
      return `You are logged out of ${site} in this tab: log in to ${site}, then try again.`;
    case 'rate-limited':
      return `${site} asked for fewer requests (too many too fast): wait ${failure.retryAfterS === null ? 'a few minutes' : minutes(failure.retryAfterS)}, then try again.`;
    case 'not-found':
      return `${site} has no such activity any more (deleted, or made private): nothing to import.`;
    case 'refused':
      return `${site} refused the request for this activity: nothing was imported. Reload the page and try again.`;
    case 'redirected':
      return `${site} sent the activity from another address, which SessionsAI does not contact: nothing was imported.`;
    case 'not-yours':
      return `This is not your activity: SessionsAI imports only your own activities from ${site}.`;
    case 'unsupported':
      return `${site}: ${failure.what} cannot be imported into SessionsAI.`;
    case 'unreachable':
      return `SessionsAI could not reach ${site} (${failure.what}): check the connection, then try again.`;
    case 'changed':
      return `${site} changed how it serves ${failure.what}, so SessionsAI cannot read it yet: nothing was imported. An update of SessionsAI will be needed.`;
  }
}

/** Failures after which a bulk import must stop rather than go on to the next activity: every later request would fail the same way. */
export function stopsBulk(failure: SiteFailure): boolean {
  return failure.kind === 'logged-out' || failure.kind === 'rate-limited' || failure.kind === 'unreachable';
}
