import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { MAX_FILE_BYTES, siteMessageListener } from './site-import-listener';
import { fromWire, toWire } from './site-import-protocol';
import type { MessageSender } from './site-message-sender';

let db: SessionsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

const REF = { site: 'strava' as const, activityId: '42', url: 'https://www.strava.com/activities/42' };
const DETAILS = { title: null, description: null, gear: null, rpe: null, privateNote: null };

const EXTENSION_ID = 'sessionsai-extension-id';
/** Our content script on a Strava activity page, as the browser describes the sender. */
const STRAVA_PAGE: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.strava.com/activities/42',
  frameId: 0,
  tab: { id: 7, url: 'https://www.strava.com/activities/42' },
};

/** The listener's answer to `message` from `sender`, or 'not ours' when it declined to answer. */
function ask(message: unknown, sender: MessageSender = STRAVA_PAGE): Promise<unknown> {
  return new Promise((resolve) => {
    if (!siteMessageListener(db, EXTENSION_ID)(message, sender, resolve)) resolve('not ours');
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

  describe('answers only our own content script, on a page of the site the message names', () => {
    const known = { type: 'sessionsai:site-known', site: 'strava' };
    const wire = toWire({
      ref: REF,
      name: 'strava 42.fit',
      bytes: new Uint8Array([1]),
      via: 'original file',
      details: DETAILS,
    });
    const importing = { type: 'sessionsai:site-import', activity: wire };

    it.each<[string, MessageSender]>([
      ['another extension', { ...STRAVA_PAGE, id: 'someone-else' }],
      ['a sender with no tab (an extension page or a worker)', { ...STRAVA_PAGE, tab: undefined }],
      ['a frame inside the page', { ...STRAVA_PAGE, frameId: 3 }],
      ['a page of another site', { ...STRAVA_PAGE, url: 'https://evil.example/activities/42' }],
      ['a page of another training site', { ...STRAVA_PAGE, url: 'https://intervals.icu/activities/i1' }],
      [
        'the extension’s own panel',
        { ...STRAVA_PAGE, url: 'chrome-extension://sessionsai-extension-id/sidepanel.html' },
      ],
    ])('ignores %s', async (_, sender) => {
      expect(await ask(known, sender)).toBe('not ours');
      expect(await ask(importing, sender)).toBe('not ours');
    });

    it("ignores an activity whose address is not that site's page of that activity", async () => {
      const elsewhere = { ...wire, ref: { ...REF, url: 'https://evil.example/activities/42' } };
      const other = { ...wire, ref: { ...REF, url: 'https://www.strava.com/activities/43' } };
      expect(await ask({ type: 'sessionsai:site-import', activity: elsewhere })).toBe('not ours');
      expect(await ask({ type: 'sessionsai:site-import', activity: other })).toBe('not ours');
    });

    it('answers the same content script on a list page of the site, where bulk import runs', async () => {
      const list = { ...STRAVA_PAGE, url: 'https://www.strava.com/athlete/training' };
      expect(await ask(known, list)).toEqual([]);
    });

    it('ignores words past their caps, and refuses a file past its cap in words', async () => {
      const long = { ...wire, details: { ...DETAILS, description: 'x'.repeat(50_001) } };
      expect(await ask({ type: 'sessionsai:site-import', activity: long })).toBe('not ours');
      const huge = { ...wire, base64: 'A'.repeat(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4) };
      expect(await ask({ type: 'sessionsai:site-import', activity: huge })).toEqual({
        kind: 'failed',
        message: 'strava 42.fit: the file is larger than 64 MB, more than any workout; nothing was imported',
      });
    });
  });
});
