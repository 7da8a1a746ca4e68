import { gzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { WorkoutFiles } from './source-bytes';

const rideOn = (day: number) => writeKnownTrackFit(makeKnownTrack({ seconds: 600, start: Date.UTC(2024, 5, day, 6) }));

describe('WorkoutFiles', () => {
  it('keeps a file picked as it is as the picked Blob, a decompressed or archived one as its own bytes', async () => {
    const loose = rideOn(1);
    const zipped = rideOn(2);
    const gzipped = rideOn(3);
    const picked = [
      { name: 'ride.fit', bytes: loose },
      { name: 'export.zip', bytes: zipSync({ 'ride.fit': [zipped, { level: 0 }] }) },
      { name: 'evening.fit.gz', bytes: gzipSync(gzipped) },
    ];
    const blobs = picked.map(({ bytes }) => new Blob([new Uint8Array(bytes)]));
    const originals = new WorkoutFiles(new Map(picked.map(({ bytes }, i) => [bytes.buffer, blobs[i]!])));
    const { sessions } = await importFiles(picked, { onWorkoutFile: originals.add });

    const kept = [...originals.sourcesOf(sessions).values()];
    expect(kept.map((k) => k.file).sort()).toEqual(['evening.fit.gz', 'export.zip/ride.fit', 'ride.fit']);
    const byName = new Map(kept.map((k) => [k.file, k.bytes]));
    expect(byName.get('ride.fit')).toBe(blobs[0]);
    expect(byName.get('export.zip/ride.fit')).toEqual(zipped);
    expect(byName.get('evening.fit.gz')).toEqual(gzipped);
  });
});
