// One page of a site's activity list, as listActivities returns it.
import type { ListedActivity, SiteResult } from './site-adapter';

export type ListPage = SiteResult<{ readonly items: readonly ListedActivity[]; readonly next: string | null }>;

export function changedList(what: string): ListPage {
  return { ok: false, failure: { kind: 'changed', what } };
}
