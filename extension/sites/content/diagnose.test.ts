import { describe, expect, it } from 'vitest';
import { fromWire } from '../../worker/site-import-protocol';
import { adapterForUrl } from '../registry';
import { stravaActivityPath } from '../strava/fetch-activity';
import activity from '../strava/fixtures/activity.json';
import { fakeSite, file, json, loginPage } from '../test-support/fake-site';
import { diagnose } from './diagnose';

const ID = '12345678901';

describe('diagnose', () => {
  it("runs the page's adapter and reports every request's status and the fetched activity", async () => {
    const site = fakeSite({
      [stravaActivityPath(ID)]: json(activity),
      [`/activities/${ID}/export_original`]: file(new Uint8Array([1, 2, 3])),
    });
    const got = await diagnose(adapterForUrl(`https://www.strava.com/activities/${ID}`)!, site.fetch);
    expect([got.site, got.what, got.requests]).toEqual([
      'Strava',
      `activity ${ID}`,
      [
        { path: stravaActivityPath(ID), status: 200, contentType: 'application/json' },
        { path: `/activities/${ID}/export_original`, status: 200, contentType: 'application/octet-stream' },
      ],
    ]);
    const fetched = got.outcome.kind === 'activity' ? fromWire(got.outcome.activity) : null;
    expect([fetched?.via, fetched?.bytes, fetched?.details.title]).toEqual([
      'original file',
      new Uint8Array([1, 2, 3]),
      'Col de la Croix de Fer',
    ]);
  });

  it('reports a failure in the words the button shows, and a list page by its first page', async () => {
    const site = fakeSite({ '/athlete/training_activities?new_activity_only=false&page=1': loginPage() });
    const got = await diagnose(adapterForUrl('https://www.strava.com/athlete/training')!, site.fetch);
    expect(got.what).toBe('the first page of the activity list');
    expect(got.requests.map((r) => [r.status, r.contentType])).toEqual([[200, 'text/html; charset=utf-8']]);
    expect(got.outcome).toEqual({
      kind: 'failed',
      message: 'You are logged out of Strava in this tab: log in to Strava, then try again.',
    });
  });
});
