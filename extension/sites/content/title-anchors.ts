// Where the button goes: right after the activity's title. Page markup is the
// least stable thing a site has (docs/domain.md: "they change"), so each site lists
// selectors from the most specific to the plainest, and a page where none
// matches simply gets no button: the side panel's "Import this activity"
// still works there.
import type { SiteName } from '../../../shared/model';

/**
 * Observed on the sites' activity pages: Strava's title is
 * `h1.activity-name` inside `#heading`; Garmin Connect's React app names it
 * with an `ActivityName` class fragment; intervals.icu's Vue app shows it in
 * the activity card's title. The plain `h1` is the last resort.
 */
export const TITLE_SELECTORS: Readonly<Record<SiteName, readonly string[]>> = {
  strava: ['#heading .activity-name', 'h1.activity-name', '[data-testid="activity-name"]', 'main h1', 'h1'],
  'garmin-connect': ['[class*="ActivityName"]', '[class*="activityName"]', 'main h1', 'h1'],
  'intervals.icu': ['.activity-name', '.v-card__title h1', 'main h1', 'h1'],
};

/** The first element a selector of `site` finds in `root`, or null. A selector the browser rejects is passed over. */
export function findTitle(root: ParentNode, site: SiteName): Element | null {
  for (const selector of TITLE_SELECTORS[site]) {
    try {
      const found = root.querySelector(selector);
      if (found !== null) return found;
    } catch {
      // An invalid selector is a bug in the list above, never a reason to break the page.
    }
  }
  return null;
}
