import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { siteMessageListener } from './site-import-listener';
import { fromWire, toWire } from './site-import-protocol';

let db: SessionsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

const REF = { site: 'strava' as const, activityId: '42', url: 'https://www.strava.com/activities/42' };
const DETAILS = { title: null, description: null, gear: null, rpe: null, privateNote: null };

/** The listener's answer to `message`, or 'not ours' when it declined to answer. */
function ask(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    if (!siteMessageListener(db)(message, {}, resolve)) resolve('not ours');
  });
}

describe('the background listener for site pages', () => {
  it('carries any bytes through a JSON message unchanged', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const wire = JSON.parse(
      JSON.stringify(toWire({ ref: REF, name: 'strava 42.fit', bytes, via: 'original file', details: DETAILS })),
    );
    expect(Buffer.compare(fromWire(wire).bytes, bytes)).toBe(0);
  });

  it('answers which activities the library holds, and imports a fetched one, words and all', async () => {
    expect(await ask({ type: 'sessionsai:site-known', site: 'strava' })).toEqual([]);
    const garbage = toWire({
      ref: REF,
      name: 'strava 42.fit',
      bytes: new TextEncoder().encode('not a workout'),
      via: 'original file',
      details: DETAILS,
    });
    const answer = (await ask({ type: 'sessionsai:site-import', activity: garbage })) as {
      kind: string;
      message: string;
    };
    expect(answer.kind).toBe('failed');
    expect(answer.message).toMatch(/^strava 42\.fit: /);
  });

  it('leaves alone messages that are not in its shape', async () => {
    expect(await ask({ type: 'sessionsai:site-known', site: 'myspace' })).toBe('not ours');
    expect(await ask({ type: 'sessionsai:site-import', activity: { name: 'x' } })).toBe('not ours');
    expect(await ask('hello')).toBe('not ours');
    expect(await ask(null)).toBe('not ours');
  });

  it('says so when the page sent garbled base64, instead of throwing', async () => {
    const wire = {
      ...toWire({
        ref: REF,
        name: 'strava 42.fit',
        bytes: new Uint8Array([1]),
        via: 'original file',
        details: DETAILS,
      }),
      base64: '%%%',
    };
    expect(await ask({ type: 'sessionsai:site-import', activity: wire })).toEqual({
      kind: 'failed',
      message: 'strava 42.fit: the page sent the activity garbled; reload the page and try again',
    });
  });
});
