// Settings → "Your data": what is stored where, each place with the rights the
// athlete has over it beside it. The controls themselves live in their own
// sections (export, erase, account); this links to them rather than repeating them.
import type { ComponentChildren } from 'preact';
import { useAccount } from '../../../account/use-account';
import { eraseCounts } from '../../../db';
import { useAiSettings } from '../../ai-panel/use-ai-settings';
import { useFormat } from '../../common/format-context';
import { useServices } from '../../common/services';
import { useLiveQuery } from '../../common/use-live-query';
import { storedCounts } from '../stored-counts';
import { anthropicWords, serverWords, STRIPE_WORDS } from './where-stored';

export interface YourDataProps {
  /** The switches that restrict what SessionsAI may do with the data (issue 12, built on the secrets branch). */
  readonly restrictionControls?: ComponentChildren;
}

function Place({ title, what, children }: { title: string; what: string; children?: ComponentChildren }) {
  return (
    <li class="your-data-place">
      <h3>{title}</h3>
      <p>{what}</p>
      {children && <p class="your-data-rights">{children}</p>}
    </li>
  );
}

export function YourData({ restrictionControls }: YourDataProps) {
  const { db } = useServices();
  const { number } = useFormat();
  const counts = useLiveQuery(() => eraseCounts(db), [db]);
  const account = useAccount();
  const ai = useAiSettings();
  const local =
    counts.value === undefined
      ? 'Counting what is stored…'
      : `${storedCounts(counts.value, number).join(', ')}; your thresholds, settings and kept AI answers; your AI settings, and your API key if you saved one.`;

  return (
    <section class="settings-section your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p class="settings-note">What SessionsAI keeps about you, where, and what you can do about it.</p>
      <ul class="your-data-places">
        <Place title="This browser" what={local}>
          <a href="#export-title">Export all of it</a> · <a href="#erase-title">Erase it from this browser</a> · Correct
          any session: open it from Sessions, then change its values under “Notes and effort” or “Correct the numbers”;
          “Undo correction” brings back the file's value.
        </Place>
        <Place title="SessionsAI's servers" what={serverWords(account)}>
          <a href="#account-title">Sign in, sign out or delete your account</a> · its copy is in the export when you are
          signed in.
        </Place>
        <Place title="Anthropic (the AI)" what={anthropicWords(ai?.settings)}>
          <a href="#ai-settings-title">Choose whether AI is on and what it may see</a>
        </Place>
        <Place title="Stripe (billing)" what={STRIPE_WORDS}>
          <a href="#plan-title">Manage billing</a>
        </Place>
      </ul>
      {restrictionControls}
    </section>
  );
}
