// What a newcomer meets: one large invitation to drop files, the pickers, and
// a demo season for those without files yet (docs/ui.md, "First minute").
import { TryDemoButton } from '../demo/TryDemoButton';
import type { CollectedFiles } from './import/collect-files';
import { ImportPickers } from './import/ImportPickers';

export function EmptyState({ onFiles }: { onFiles: (collected: CollectedFiles) => void }) {
  return (
    <section class="empty-state" aria-label="Import your training">
      <p class="drop-zone">Drop FIT, GPX, TCX files, folders or your Strava/Garmin export zip</p>
      <p>or choose them:</p>
      <ImportPickers onFiles={onFiles} />
      <TryDemoButton />
      <p class="empty-note">Everything stays in this browser; no account is needed.</p>
    </section>
  );
}
