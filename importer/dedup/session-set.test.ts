import { describe, expect, it } from 'vitest';
import { bpm, epochMs, meters, seconds, sessionId, type Session, type SourceFormat } from '../../shared/model';
import { makeSession } from '../../tests/support/sessions';
import { SessionSet } from './session-set';

const START = Date.UTC(2014, 3, 6, 12, 0, 0);

/** A 45-minute run from one file whose content hash is `hash`. */
function session(file: string, format: SourceFormat, hash: string, over: Partial<Session> = {}): Session {
  return makeSession({
    id: sessionId(hash, 0),
    sport: 'running',
    subSport: 'generic',
    start: epochMs(START),
    elapsedS: seconds(2700),
    movingS: seconds(2650),
    sources: [{ format, file, contentHash: hash, sizeBytes: 100, device: null }],
    ...over,
  });
}

describe('SessionSet', () => {
  it('skips a file with the same bytes as an earlier one and names both', () => {
    const set = new SessionSet();
    set.addFile('a.fit', [session('a.fit', 'fit', 'aa'.repeat(32))]);
    const again = set.addFile('copy/a.fit', [session('copy/a.fit', 'fit', 'aa'.repeat(32))]);
    expect(again).toEqual({
      duplicate: true,
      warnings: [
        {
          file: 'copy/a.fit',
          code: 'duplicate',
          message: 'copy/a.fit: identical to a.fit (same bytes): skipped, not counted twice',
        },
      ],
    });
    expect(set.sessions).toHaveLength(1);
    expect(set.duplicatesSkipped).toBe(1);
    expect(set.sessionOf('copy/a.fit')).toBe(set.sessions[0]);
  });

  it('merges the same run from a TCX and a FIT into one session with both sources, FIT leading', () => {
    const set = new SessionSet();
    const tcx = session('run.tcx', 'tcx', 'bb'.repeat(32), {
      start: epochMs(START + 1000),
      avgHr: bpm(151),
      title: 'UNLP 10k',
      distanceM: meters(9990),
    });
    const fit = session('run.fit', 'fit', 'cc'.repeat(32), { distanceM: meters(10_012), calories: null });
    set.addFile('run.tcx', [tcx]);
    const added = set.addFile('run.fit', [fit]);
    expect(added.warnings).toEqual([
      {
        file: 'run.fit',
        code: 'merged',
        message:
          'run.fit: the same workout as run.tcx (running, 2014-04-06 12:00 UTC): merged into one session that keeps both sources',
      },
    ]);
    expect(set.sessions).toHaveLength(1);
    const merged = set.sessions[0]!;
    expect(merged.sources.map((s) => s.file)).toEqual(['run.fit', 'run.tcx']);
    expect(merged.id).toBe(fit.id);
    expect(merged.start).toBe(START); // the FIT's clock
    expect(merged.distanceM).toBe(10_012); // the FIT's value where both have one
    expect(merged.avgHr).toBe(151); // the TCX's where only it has one
    expect(merged.title).toBe('UNLP 10k');
    expect(set.merged).toBe(1);
    expect(set.sessionOf('run.tcx')).toBe(merged);
    expect(set.sessionOf('run.fit')).toBe(merged);
  });

  it('keeps workouts apart that differ in sport, start or length', () => {
    const set = new SessionSet();
    set.addFile('a.fit', [session('a.fit', 'fit', '01'.repeat(32))]);
    set.addFile('b.fit', [session('b.fit', 'fit', '02'.repeat(32), { sport: 'cycling' })]);
    set.addFile('c.fit', [session('c.fit', 'fit', '03'.repeat(32), { start: epochMs(START + 20 * 60_000) })]);
    set.addFile('d.fit', [session('d.fit', 'fit', '04'.repeat(32), { elapsedS: seconds(1200) })]);
    expect(set.sessions).toHaveLength(4);
    expect(set.merged).toBe(0);
  });

  it('forgives a start shifted by the UTC offset a file states, and no other whole-hour shift', () => {
    const set = new SessionSet();
    const fit = session('ride.fit', 'fit', '06'.repeat(32), { utcOffsetS: seconds(7200) });
    // Another tool wrote the FIT's local clock as UTC: two hours late.
    const gpx = session('ride.gpx', 'gpx', '07'.repeat(32), { start: epochMs(START + 2 * 3_600_000) });
    // The ride home, nine hours later and just as long: a different workout.
    const home = session('home.fit', 'fit', '08'.repeat(32), {
      start: epochMs(START + 9 * 3_600_000),
      utcOffsetS: seconds(7200),
    });
    set.addFile('ride.fit', [fit]);
    set.addFile('ride.gpx', [gpx]);
    set.addFile('home.fit', [home]);
    expect(set.sessions.map((s) => s.sources.map((src) => src.file))).toEqual([['ride.fit', 'ride.gpx'], ['home.fit']]);
  });

  it('never merges two sessions of one file (a chained FIT)', () => {
    const set = new SessionSet();
    const hash = '05'.repeat(32);
    set.addFile('chain.fit', [session('chain.fit', 'fit', hash), session('chain.fit', 'fit', hash, { id: 'second' })]);
    expect(set.sessions).toHaveLength(2);
  });

  it('adds nothing for a file without sessions', () => {
    const set = new SessionSet();
    expect(set.addFile('broken.fit', [])).toEqual({ duplicate: false, warnings: [] });
    expect(set.sessions).toHaveLength(0);
  });
});
