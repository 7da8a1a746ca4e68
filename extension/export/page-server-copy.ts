// Whether this page can read the athlete's server copy for the export, and if
// not, why, in the words the export's README gives.
import type { AccountView } from '../account/use-account';
import { cloudConfig, type CloudConfig } from '../account/cloud-config';
import { pageConvexClient } from '../account/page-convex';
import type { ServerCopy } from './server-section';

export function pageServerCopy(account: AccountView, config: CloudConfig = cloudConfig()): ServerCopy {
  if (!config.available)
    return {
      kind: 'absent',
      reason: 'this copy of SessionsAI has no accounts, so no server keeps your data.',
    };
  if (account.kind === 'unavailable') return { kind: 'absent', reason: account.reason };
  if (account.kind === 'loading')
    return { kind: 'absent', reason: 'your account was still loading; export again in a moment to include its copy.' };
  if (!account.state.signedIn)
    return {
      kind: 'absent',
      reason: 'you were not signed in to a SessionsAI account; sign in and export again to include what it keeps.',
    };
  return { kind: 'signed-in', client: pageConvexClient(config) };
}
