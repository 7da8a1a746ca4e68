// "Import this activity" for the activity page in the active tab: the same
// import as the button on the page, run by the page's content script.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityImportResult } from '../../sites/content/tab-protocol';
import type { SitePage } from '../../sites/site-adapter';
import type { SiteTabs } from './site-tabs';

function isResult(value: unknown): value is ActivityImportResult {
  const v = value as Partial<ActivityImportResult> | null | undefined;
  return typeof v?.message === 'string' && (v.kind === 'imported' || v.kind === 'duplicate' || v.kind === 'failed');
}

export function ActivityImport({
  tabs,
  tabId,
  adapter,
  activityId,
}: {
  tabs: SiteTabs;
  tabId: number;
  adapter: SitePage;
  activityId: string;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActivityImportResult | null>(null);
  // Another activity, another outcome.
  useEffect(() => setResult(null), [tabId, activityId]);

  const importThis = async () => {
    setBusy(true);
    try {
      const answer = await tabs.send(tabId, { type: 'sessionsai:import-this' });
      setResult(
        isResult(answer)
          ? answer
          : { kind: 'failed', message: `The ${adapter.label} page did not answer: reload it and try again.` },
      );
    } catch {
      setResult({
        kind: 'failed',
        message: `SessionsAI could not reach the ${adapter.label} page: reload it and try again.`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void importThis()} disabled={busy}>
        {busy ? 'Importing…' : 'Import this activity'}
      </button>
      <span role="status" class={result?.kind === 'failed' ? 'site-import-error' : undefined}>
        {result?.message}
      </span>
    </>
  );
}
