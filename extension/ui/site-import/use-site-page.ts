// Which training-site page (if any) the active tab shows, kept current as the
// athlete switches tabs, navigates, or grants a site.
import { useEffect, useState } from 'preact/hooks';
import type { SiteRef } from '../../../shared/model';
import type { SitePage } from '../../sites/site-adapter';
import { SITE_PAGES, sitePageForUrl } from '../../sites/site-pages';
import type { SiteTabs } from './site-tabs';

export type SitePageView =
  | { readonly kind: 'loading' }
  /** Not a page of a granted site (or one the panel may not read); `locked` are the sites not granted yet. */
  | { readonly kind: 'elsewhere'; readonly locked: readonly SitePage[] }
  | { readonly kind: 'activity'; readonly tabId: number; readonly adapter: SitePage; readonly ref: SiteRef }
  | { readonly kind: 'list'; readonly tabId: number; readonly adapter: SitePage }
  /** A granted site's page that is neither an activity nor the athlete's list. */
  | { readonly kind: 'site'; readonly adapter: SitePage };

async function read(tabs: SiteTabs): Promise<SitePageView> {
  const page = await tabs.activePage();
  const match = page?.url == null ? null : sitePageForUrl(page.url);
  if (page !== null && match !== null) {
    if (match.ref !== null) return { kind: 'activity', tabId: page.tabId, adapter: match.adapter, ref: match.ref };
    if (match.isList) return { kind: 'list', tabId: page.tabId, adapter: match.adapter };
    return { kind: 'site', adapter: match.adapter };
  }
  const access = await Promise.all(SITE_PAGES.map((adapter) => tabs.hasAccess(adapter)));
  return { kind: 'elsewhere', locked: SITE_PAGES.filter((_, i) => !access[i]) };
}

export function useSitePage(tabs: SiteTabs): SitePageView {
  const [view, setView] = useState<SitePageView>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void read(tabs).then(
        (next) => current && setView(next),
        // The tab closed while it was being read: nothing to offer.
        () => current && setView({ kind: 'elsewhere', locked: [] }),
      );
    refresh();
    const unwatch = tabs.watch(refresh);
    return () => {
      current = false;
      unwatch();
    };
  }, [tabs]);
  return view;
}
