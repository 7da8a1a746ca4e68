// Settings → Training sites: the sites the athlete has allowed SessionsAI to
// read, each with "Remove access" (issue 14). Allowing a site happens on the
// panel's site bar, where the athlete is about to import from it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SiteAdapter } from '../../sites/site-adapter';
import { browserSiteAccess, type SiteAccess } from './site-access';

function Granted({ access }: { access: SiteAccess }) {
  const [granted, setGranted] = useState<SiteAdapter[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    const refresh = () => void access.granted().then((sites) => current && setGranted(sites));
    refresh();
    const unwatch = access.watch(refresh);
    return () => {
      current = false;
      unwatch();
    };
  }, [access]);

  const remove = async (adapter: SiteAdapter) => {
    try {
      const removed = await access.remove(adapter);
      setStatus(
        removed
          ? `SessionsAI no longer reads ${adapter.label}; what you imported from it stays in your library.`
          : `The browser kept ${adapter.label}'s access: remove it from the browser's extension settings.`,
      );
      setGranted(await access.granted());
    } catch (error) {
      setStatus(
        `Could not remove ${adapter.label}'s access (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };

  return (
    <section class="settings-section" aria-labelledby="site-access-title">
      <h2 id="site-access-title">Training sites</h2>
      {granted === null ? null : granted.length === 0 ? (
        <p class="settings-note">No site allowed. Allow one from the panel while you are on its page.</p>
      ) : (
        <ul class="site-access-list">
          {granted.map((adapter) => (
            <li key={adapter.site}>
              <span>{adapter.label}</span>{' '}
              <button type="button" onClick={() => void remove(adapter)}>
                Remove access
              </button>
            </li>
          ))}
        </ul>
      )}
      <output aria-live="polite">{status}</output>
    </section>
  );
}

/** `access` defaults to the browser's; where there is none the section is absent. */
export function SiteAccessSettings({ access }: { access?: SiteAccess | null }) {
  const given = useMemo(() => (access === undefined ? browserSiteAccess() : access), [access]);
  return given === null ? null : <Granted access={given} />;
}
