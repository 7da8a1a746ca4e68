import { describe, expect, it } from 'vitest';
import { makeSession } from '../../tests/support/sessions';
import { applySiteDetails } from './apply-details';
import type { FetchedActivity } from './site-adapter';

const REF = { site: 'strava', activityId: '42', url: 'https://www.strava.com/activities/42' } as const;

function fetched(details: Partial<FetchedActivity['details']>): FetchedActivity {
  return {
    ref: REF,
    name: 'strava 42.fit',
    bytes: new Uint8Array(),
    via: 'original file',
    details: { title: null, description: null, gear: null, rpe: null, privateNote: null, ...details },
  };
}

describe('applySiteDetails', () => {
  const fromFile = makeSession({
    title: 'Edge 540 ride',
    notes: 'Lap notes from the device',
    gear: null,
    rpe: null,
    sources: [
      { format: 'fit', file: 'strava 42.fit', contentHash: 'aaa', sizeBytes: 10, device: null },
      { format: 'gpx', file: 'ride.gpx', contentHash: 'bbb', sizeBytes: 20, device: null },
    ],
  });

  it("lays the athlete's words from the site over the file's, the private note after its label", () => {
    const s = applySiteDetails(
      fromFile,
      fetched({ title: 'Col du Glandon', description: 'Hot.', privateNote: 'Knee ok.', gear: 'Canyon', rpe: 7 }),
      'aaa',
    );
    expect([s.title, s.notes, s.gear, s.rpe]).toEqual([
      'Col du Glandon',
      'Hot.\n\nPrivate note: Knee ok.',
      'Canyon',
      7,
    ]);
  });

  it("keeps the file's values where the site says nothing", () => {
    const s = applySiteDetails(fromFile, fetched({}), 'aaa');
    expect([s.title, s.notes, s.gear, s.rpe]).toEqual(['Edge 540 ride', 'Lap notes from the device', null, null]);
    expect(applySiteDetails(fromFile, fetched({ privateNote: 'Only me.' }), 'aaa').notes).toBe(
      'Private note: Only me.',
    );
  });

  it('records the site activity on the source with the fetched bytes only', () => {
    const s = applySiteDetails(fromFile, fetched({}), 'aaa');
    expect(s.sources.map((x) => x.site ?? null)).toEqual([REF, null]);
  });
});
