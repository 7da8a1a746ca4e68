import { afterEach, describe, expect, it } from 'vitest';
import type { SiteName } from '../../../shared/model';
import { freshBulkState } from '../../sites/bulk/bulk-state';
import type { SavedBulkState } from '../../sites/bulk/bulk-store';
import type { ToTab } from '../../sites/content/tab-protocol';
import type { SiteAdapter } from '../../sites/site-adapter';
import { byText, mount, textsOf, unmountAll, waitFor } from '../test-support/render';
import type { ActivePage, SiteTabs } from './site-tabs';
import { SiteImportBar } from './SiteImportBar';

/** A browser whose active tab shows `url`, with `granted` sites allowed; records what the panel sends to the page. */
function fakeTabs(
  url: string | null,
  options: { granted?: SiteName[]; answer?: (m: ToTab) => unknown; bulk?: SavedBulkState | null } = {},
) {
  const sent: ToTab[] = [];
  const requested: string[] = [];
  let watchers: (() => void)[] = [];
  let bulkWatchers: ((s: SavedBulkState | null) => void)[] = [];
  let page: ActivePage | null = { tabId: 7, url };
  const granted = new Set(options.granted ?? []);
  const tabs: SiteTabs = {
    activePage: async () => page,
    watch: (changed) => {
      watchers.push(changed);
      return () => (watchers = watchers.filter((w) => w !== changed));
    },
    hasAccess: async (adapter) => granted.has(adapter.site),
    requestAccess: async (adapter: SiteAdapter) => {
      requested.push(adapter.label);
      granted.add(adapter.site);
      return true;
    },
    send: async (_tabId, message) => {
      sent.push(message);
      return options.answer?.(message);
    },
    loadBulk: async () => options.bulk ?? null,
    watchBulk: (_site, changed) => {
      bulkWatchers.push(changed);
      return () => (bulkWatchers = bulkWatchers.filter((w) => w !== changed));
    },
  };
  return {
    tabs,
    sent,
    requested,
    navigate(next: string | null) {
      page = { tabId: 7, url: next };
      for (const w of watchers) w();
    },
    bulkSaved(state: SavedBulkState) {
      for (const w of bulkWatchers) w(state);
    },
  };
}

const ACTIVITY = 'https://www.strava.com/activities/12345678901';
const LIST = 'https://www.strava.com/athlete/training';
const saved = (over: Partial<SavedBulkState>): SavedBulkState => ({
  ...freshBulkState('strava'),
  savedAt: Date.now(),
  ...over,
});

afterEach(unmountAll);

describe('the site-import bar', () => {
  it('offers Import this activity on an activity page and shows what the page reports', async () => {
    const browser = fakeTabs(ACTIVITY, {
      granted: ['strava'],
      answer: () => ({ kind: 'imported', message: 'Imported' }),
    });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);

    const button = await waitFor(() => byText(root, 'Import this activity', 'button'));
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe('Import from Strava');
    button.click();
    await waitFor(() => expect(textsOf(root, '[role=status]')).toEqual(['Imported']));
    expect(browser.sent).toEqual([{ type: 'sessionsai:import-this' }]);
  });

  it('says so when the page could not import, in the words it gave', async () => {
    const browser = fakeTabs(ACTIVITY, {
      granted: ['strava'],
      answer: () => ({ kind: 'failed', message: 'You are logged out of Strava in this tab.' }),
    });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    (await waitFor(() => byText(root, 'Import this activity', 'button'))).click();
    await waitFor(() =>
      expect(root.querySelector('.site-import-error')?.textContent).toBe('You are logged out of Strava in this tab.'),
    );
  });

  it('offers Import all listed activities on the list page, and shows a running import with its counts and Cancel', async () => {
    const browser = fakeTabs(LIST, { granted: ['strava'], answer: () => ({ started: true }) });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    (await waitFor(() => byText(root, 'Import all listed activities', 'button'))).click();
    await waitFor(() => expect(browser.sent).toEqual([{ type: 'sessionsai:bulk-start', resume: false }]));

    browser.bulkSaved(saved({ counts: { done: 12, total: 20, added: 9, already: 2, failed: 1 }, morePages: false }));
    await waitFor(() => expect(textsOf(root, 'button')).toEqual(['Cancel']));
    expect(root.querySelector('h2')?.textContent).toBe('Importing your Strava activities');
    expect(textsOf(root, '.site-bulk p')).toEqual(['12 of 20 activities', '9 added · 2 already there · 1 failed']);
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('12');

    byText(root, 'Cancel', 'button').click();
    await waitFor(() => expect(browser.sent.at(-1)).toEqual({ type: 'sessionsai:bulk-cancel' }));
  });

  it('offers to resume a cancelled or stopped import, and says why it stopped', async () => {
    const message = 'Stopped: Strava asked for fewer requests (too many too fast): wait 15 minutes, then try again.';
    const browser = fakeTabs(LIST, {
      granted: ['strava'],
      answer: () => ({ started: true }),
      bulk: saved({ status: 'stopped', message, counts: { done: 5, total: 20, added: 5, already: 0, failed: 0 } }),
    });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe(message));
    expect(textsOf(root, 'button')).toEqual(['Resume', 'Start over']);
    byText(root, 'Resume', 'button').click();
    await waitFor(() => expect(browser.sent).toEqual([{ type: 'sessionsai:bulk-start', resume: true }]));
  });

  it('treats a run whose page stopped saving as interrupted, resumable', async () => {
    const browser = fakeTabs(LIST, {
      granted: ['strava'],
      bulk: saved({ status: 'running', savedAt: Date.now() - 120_000 }),
    });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    await waitFor(() => byText(root, 'Resume', 'button'));
    expect(textsOf(root, '.site-bulk p').at(-1)).toBe(
      'Interrupted: the page was closed or left before the import finished. Resume to go on where it stopped.',
    );
  });

  it('away from the sites, offers to allow the ones not allowed yet, asking only on a click', async () => {
    const browser = fakeTabs(null, { granted: ['garmin-connect'] });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    await waitFor(() => expect(root.querySelector('summary')?.textContent).toBe('Import from Strava or intervals.icu'));
    expect(textsOf(root, 'button')).toEqual(['Allow Strava', 'Allow intervals.icu']);
    expect(browser.requested).toEqual([]);
    byText(root, 'Allow Strava', 'button').click();
    await waitFor(() => expect(browser.requested).toEqual(['Strava']));
  });

  it('follows the active tab: the bar changes when the athlete opens an activity', async () => {
    const browser = fakeTabs('https://www.strava.com/dashboard', {
      granted: ['strava', 'garmin-connect', 'intervals.icu'],
    });
    const root = mount(<SiteImportBar tabs={browser.tabs} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.textContent).toBe('');
    browser.navigate(ACTIVITY);
    await waitFor(() => byText(root, 'Import this activity', 'button'));
  });

  it('is absent where the browser has no tabs to read', () => {
    const root = mount(<SiteImportBar tabs={null} />);
    expect(root.innerHTML).toBe('');
  });
});
