import { describe, expect, it } from 'vitest';
import type { SiteImportOutcome } from '../../worker/site-import-protocol';
import type { FetchedActivity, ListedActivity, SiteFailure, SiteFetch, SiteResult } from '../site-adapter';
import type { BulkState } from './bulk-state';
import { runBulk, type BulkDeps } from './run-bulk';

const ref = (id: string) => ({
  site: 'strava' as const,
  activityId: id,
  url: `https://www.strava.com/activities/${id}`,
});
const listed = (id: string): ListedActivity => ({ ref: ref(id), start: null, title: `Ride ${id}` });
const NO_DETAILS = { title: null, description: null, gear: null, rpe: null, privateNote: null };

/**
 * A site with these list pages (cursor "1", "2", ... after the first). Every
 * request goes through the given fetch, so the log shows the order of
 * requests and pauses; `failures` makes an activity's download fail.
 */
function fakeSite(pages: readonly (readonly string[])[], failures: Record<string, SiteFailure> = {}) {
  const log: string[] = [];
  const imported: string[] = [];
  const controller = new AbortController();
  const fetch: SiteFetch = async (path) => {
    log.push(`GET ${path}`);
    return new Response('{}');
  };
  const adapter: BulkDeps['adapter'] = {
    site: 'strava',
    label: 'Strava',
    async listActivities(cursor, get) {
      const page = cursor === null ? 0 : Number(cursor);
      await get(`/list?page=${page}`);
      const items = (pages[page] ?? []).map(listed);
      return { ok: true, value: { items, next: page + 1 < pages.length ? String(page + 1) : null } };
    },
    async fetchActivity(activity, get): Promise<SiteResult<FetchedActivity>> {
      await get(`/activities/${activity.activityId}`);
      const failure = failures[activity.activityId];
      if (failure !== undefined) return { ok: false, failure };
      return {
        ok: true,
        value: {
          ref: activity,
          name: `strava ${activity.activityId}.fit`,
          bytes: new Uint8Array([1]),
          via: 'original file',
          details: NO_DETAILS,
        },
      };
    },
  };
  const saved: BulkState[] = [];
  const deps = (over: Partial<BulkDeps> = {}): BulkDeps => ({
    adapter,
    fetch,
    delay: async (ms) => void log.push(`wait ${ms}`),
    importedIds: async () => [],
    importActivity: async (activity): Promise<SiteImportOutcome> => {
      imported.push(activity.ref.activityId);
      return { kind: 'imported' };
    },
    save: async (state) => void saved.push(state),
    ...over,
  });
  return { log, imported, saved, deps, controller };
}

describe('a bulk import', () => {
  it('lists and downloads one request at a time, newest first, pausing 2 s before every request after the first', async () => {
    const site = fakeSite([['3', '2'], ['1']]);
    const end = await runBulk(site.deps(), null, site.controller.signal);

    expect(site.log).toEqual([
      'GET /list?page=0',
      'wait 2000',
      'GET /activities/3',
      'wait 2000',
      'GET /activities/2',
      'wait 2000',
      'GET /list?page=1',
      'wait 2000',
      'GET /activities/1',
    ]);
    expect(site.imported).toEqual(['3', '2', '1']);
    expect(end).toMatchObject({
      status: 'finished',
      counts: { done: 3, total: 3, added: 3, already: 0, failed: 0 },
      morePages: false,
      message: null,
    });
    // Progress after every activity: done of total, as the panel shows it.
    expect(site.saved.map((s) => `${s.counts.done}/${s.counts.total}${s.morePages ? '+' : ''}`)).toEqual([
      '0/0+',
      '0/2+',
      '1/2+',
      '2/2+',
      '2/2+',
      '2/3',
      '3/3',
      '3/3',
    ]);
  });

  it('skips activities already in the library without downloading them, and counts duplicates found on import as already there', async () => {
    const site = fakeSite([['4', '3', '2', '1']]);
    const end = await runBulk(
      site.deps({
        importedIds: async () => ['3', '1'],
        importActivity: async (a) => (a.ref.activityId === '2' ? { kind: 'duplicate' } : { kind: 'imported' }),
      }),
      null,
      site.controller.signal,
    );

    expect(site.log.filter((l) => l.startsWith('GET'))).toEqual([
      'GET /list?page=0',
      'GET /activities/4',
      'GET /activities/2',
    ]);
    expect(end.counts).toEqual({ done: 4, total: 4, added: 1, already: 3, failed: 0 });
  });

  it('names an activity that cannot be imported and goes on to the next', async () => {
    const site = fakeSite([['2', '1']], { '2': { kind: 'not-found' } });
    const end = await runBulk(site.deps(), null, site.controller.signal);

    expect(end.counts).toEqual({ done: 2, total: 2, added: 1, already: 0, failed: 1 });
    expect(end.failures).toEqual([
      '"Ride 2" (Strava 2): Strava has no such activity any more (deleted, or made private): nothing to import.',
    ]);
    expect(end.status).toBe('finished');
  });

  it.each([
    [
      { kind: 'rate-limited', retryAfterS: 900 } as const,
      'Stopped: Strava asked for fewer requests (too many too fast): wait 15 minutes, then try again. Everything imported so far is kept; resume to go on from here.',
    ],
    [
      { kind: 'logged-out' } as const,
      'Stopped: You are logged out of Strava in this tab: log in to Strava, then try again. Everything imported so far is kept; resume to go on from here.',
    ],
    [
      { kind: 'unreachable', what: 'the request for /activities/2/export_original failed (Failed to fetch)' } as const,
      'Stopped: SessionsAI could not reach Strava (the request for /activities/2/export_original failed (Failed to fetch)): check the connection, then try again. Everything imported so far is kept; resume to go on from here.',
    ],
  ])('stops cleanly on %o, saying so, and resumes from the activity that was refused', async (failure, message) => {
    const failures: Record<string, SiteFailure> = { '2': failure };
    const site = fakeSite([['3', '2', '1']], failures);
    const stopped = await runBulk(site.deps(), null, site.controller.signal);

    expect(stopped).toMatchObject({
      status: 'stopped',
      message,
      doneIds: ['3'],
      counts: { done: 1, total: 3, added: 1 },
    });
    expect(site.log.filter((l) => l.startsWith('GET'))).toEqual([
      'GET /list?page=0',
      'GET /activities/3',
      'GET /activities/2',
    ]);

    delete failures['2'];
    site.log.length = 0;
    const resumed = await runBulk(site.deps(), stopped, site.controller.signal);
    expect(site.log.filter((l) => l.startsWith('GET'))).toEqual([
      'GET /list?page=0',
      'GET /activities/2',
      'GET /activities/1',
    ]);
    expect(site.imported).toEqual(['3', '2', '1']);
    expect(resumed).toMatchObject({ status: 'finished', message: null, counts: { done: 3, total: 3, added: 3 } });
  });

  it('stops when the list itself is refused', async () => {
    const site = fakeSite([['1']]);
    const deps = site.deps();
    const end = await runBulk(
      {
        ...deps,
        adapter: { ...deps.adapter, listActivities: async () => ({ ok: false, failure: { kind: 'logged-out' } }) },
      },
      null,
      site.controller.signal,
    );
    expect(end.status).toBe('stopped');
    expect(end.message).toMatch(/^Stopped: You are logged out of Strava/);
    expect(site.imported).toEqual([]);
  });

  it('cancels during the pause between requests, keeps what was done, and resumes on the same page without counting it twice', async () => {
    const site = fakeSite([['3', '2'], ['1']]);
    const pausing = site.deps({
      delay: async (_ms, signal) => {
        if (site.imported.length === 1) {
          site.controller.abort();
          signal.throwIfAborted();
        }
      },
    });
    const cancelled = await runBulk(pausing, null, site.controller.signal);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cursor: null,
      doneIds: ['3'],
      counts: { done: 1, total: 2, added: 1 },
    });
    expect(site.imported).toEqual(['3']);

    const resumed = await runBulk(site.deps(), cancelled, new AbortController().signal);
    expect(site.imported).toEqual(['3', '2', '1']);
    expect(resumed).toMatchObject({
      status: 'finished',
      counts: { done: 3, total: 3, added: 3, already: 0, failed: 0 },
    });
  });

  it('stops with the reason when saving progress fails, instead of throwing', async () => {
    const site = fakeSite([['1']]);
    let saves = 0;
    const end = await runBulk(
      site.deps({
        save: async () => {
          if (++saves === 2) throw new Error('QuotaExceededError');
        },
      }),
      null,
      site.controller.signal,
    );
    expect(end.status).toBe('stopped');
    expect(end.message).toBe(
      'Stopped: something went wrong while importing (QuotaExceededError). Everything imported so far is kept; resume to go on from here.',
    );
  });
});
