// The top of the panel on a training site (docs/ui.md: "On a supported training
// site, the panel offers Import this activity at the top"): import the
// activity in the active tab, or everything the athlete's list holds. Away
// from the sites, one quiet line offers to allow a site, which is asked for
// only then (issue 6: the extension works without any site access).
import { useMemo } from 'preact/hooks';
import type { SitePage } from '../../sites/site-adapter';
import { sitePageForUrl } from '../../sites/site-pages';
import { ActivityImport } from './ActivityImport';
import { BulkImport } from './BulkImport';
import { browserSiteTabs } from './browser-site-tabs';
import type { SiteTabs } from './site-tabs';
import { useSitePage } from './use-site-page';
import './site-import.css';

/** Asks for the site (first, while the click still counts as the athlete's gesture), then starts the button on the page already open there. */
async function allow(tabs: SiteTabs, adapter: SitePage): Promise<void> {
  if (!(await tabs.requestAccess(adapter))) return;
  const page = await tabs.activePage();
  if (page?.url != null && sitePageForUrl(page.url)?.adapter.site === adapter.site)
    await tabs.send(page.tabId, { type: 'sessionsai:hello' }).catch(() => undefined);
}

function AllowSites({ tabs, locked }: { tabs: SiteTabs; locked: readonly SitePage[] }) {
  const names = locked.map((a) => a.label);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  return (
    <details class="site-import site-allow">
      <summary>Import from {list}</summary>
      <p>
        SessionsAI reads a site only once you allow it, from the site's own pages and with your login there; it never
        sees your password.
      </p>
      <div class="site-import-actions">
        {locked.map((adapter) => (
          <button key={adapter.site} type="button" onClick={() => void allow(tabs, adapter)}>
            Allow {adapter.label}
          </button>
        ))}
      </div>
    </details>
  );
}

function Bar({ tabs }: { tabs: SiteTabs }) {
  const page = useSitePage(tabs);
  switch (page.kind) {
    case 'loading':
    case 'site':
      return null;
    case 'elsewhere':
      return page.locked.length > 0 ? <AllowSites tabs={tabs} locked={page.locked} /> : null;
    case 'activity':
      return (
        <section class="site-import" aria-label={`Import from ${page.adapter.label}`}>
          <ActivityImport tabs={tabs} tabId={page.tabId} adapter={page.adapter} activityId={page.ref.activityId} />
        </section>
      );
    case 'list':
      return (
        <section class="site-import" aria-label={`Import from ${page.adapter.label}`}>
          <BulkImport tabs={tabs} tabId={page.tabId} adapter={page.adapter} />
        </section>
      );
  }
}

/** `tabs` defaults to the browser's; where there is none (tests of other views) the bar is absent. */
export function SiteImportBar({ tabs }: { tabs?: SiteTabs | null }) {
  const given = useMemo(() => (tabs === undefined ? browserSiteTabs() : tabs), [tabs]);
  return given === null ? null : <Bar tabs={given} />;
}
