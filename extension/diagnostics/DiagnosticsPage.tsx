// The developer-only diagnostics page (development builds only: wxt.config.ts
// leaves it out of production builds). A maintainer logged in to a training
// site opens an activity page or the activity list there, opens this page,
// and runs the site's adapter against that tab: every request with its
// status, and what the importer makes of the fetched file, without saving it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { importFiles } from '../../importer';
import type { Diagnosis } from '../sites/content/diagnose';
import { CONTENT_SCRIPT_FILE } from '../sites/content/content-script-registration';
import { ADAPTERS } from '../sites/registry';
import { fromWire } from '../worker/site-import-protocol';

interface SiteTab {
  readonly id: number;
  readonly title: string;
  readonly url: string;
}

async function siteTabs(): Promise<SiteTab[]> {
  const tabs = await browser.tabs.query({ url: ADAPTERS.flatMap((a) => [...a.matches]) });
  return tabs.flatMap((t) => (t.id === undefined || !t.url ? [] : [{ id: t.id, title: t.title ?? t.url, url: t.url }]));
}

async function run(tabId: number): Promise<Diagnosis | null> {
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'sessionsai:diagnose' }) as Promise<Diagnosis | null>;
  try {
    return await ask();
  } catch {
    // The tab was open before the site was granted: start the content script there, then ask again.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return ask();
  }
}

/** The session the importer reads from the fetched file, as JSON, or the importer's own words. */
async function mapped(diagnosis: Diagnosis): Promise<string> {
  if (diagnosis.outcome.kind !== 'activity') return '';
  const fetched = fromWire(diagnosis.outcome.activity);
  const report = await importFiles([{ name: fetched.name, bytes: fetched.bytes }]);
  // Long sample columns are shown by their length: the point is the mapping, not every value.
  const brief = (_key: string, value: unknown) =>
    Array.isArray(value) && value.length > 12 ? `[${value.length} values]` : value;
  return JSON.stringify(
    {
      via: fetched.via,
      note: fetched.note ?? null,
      details: fetched.details,
      session: report.sessions[0] ?? null,
      errors: report.errors,
      warnings: report.warnings,
    },
    brief,
    2,
  );
}

export function DiagnosticsPage() {
  const [tabs, setTabs] = useState<SiteTab[]>([]);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [session, setSession] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => void siteTabs().then(setTabs), []);

  const diagnose = async (tab: SiteTab) => {
    setStatus(`Running the adapter on ${tab.url}…`);
    setDiagnosis(null);
    setSession('');
    try {
      const got = await run(tab.id);
      if (got === null) {
        setStatus(
          'That tab shows no page of a training site SessionsAI imports from, or this is not a development build.',
        );
        return;
      }
      setDiagnosis(got);
      setSession(await mapped(got));
      setStatus('');
    } catch (error) {
      setStatus(
        `The tab did not answer (${error instanceof Error ? error.message : String(error)}): reload it and run again.`,
      );
    }
  };

  return (
    <main>
      <h1>Site import diagnostics</h1>
      <p>
        Open an activity page or the activity list on a site you have allowed, logged in, then run its adapter here.
      </p>
      <button type="button" onClick={() => void siteTabs().then(setTabs)}>
        Find site tabs
      </button>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <button type="button" onClick={() => void diagnose(tab)}>
              Run
            </button>{' '}
            {tab.title} <code>{tab.url}</code>
          </li>
        ))}
      </ul>
      <output aria-live="polite">{status}</output>
      {diagnosis && (
        <section aria-label="Requests">
          <h2>
            {diagnosis.site}: {diagnosis.what}
          </h2>
          <table>
            <thead>
              <tr>
                <th>Request</th>
                <th>Status</th>
                <th>Content type</th>
              </tr>
            </thead>
            <tbody>
              {diagnosis.requests.map((r, i) => (
                <tr key={i}>
                  <td>
                    <code>{r.path}</code>
                  </td>
                  <td>
                    {r.status === null ? `failed: ${r.error}` : r.status === 0 ? 'redirect (not followed)' : r.status}
                  </td>
                  <td>{r.contentType ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Outcome</h2>
          {diagnosis.outcome.kind === 'failed' && <p>{diagnosis.outcome.message}</p>}
          {diagnosis.outcome.kind === 'list' && <pre>{JSON.stringify(diagnosis.outcome.items, null, 2)}</pre>}
          {session && <pre>{session}</pre>}
        </section>
      )}
    </main>
  );
}
