// The real cross-format twin in the fixtures: one 10 km race from a
// Forerunner 15, as its FIT and as the TCX Garmin Connect exported from it.
import { expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { importFiles } from '../import-files';

const FIT = 'fit/gc__10kUNLP2014-Garmin15.fit';
const TCX = 'tcx/gc__10kUNLP2014-Garmin15.tcx';

describeWithFixtures('channel sources on the real FIT and TCX twin', () => {
  it('records the FIT as the source of every channel both recorded alike, whichever arrives first', async () => {
    for (const order of [
      [TCX, FIT],
      [FIT, TCX],
    ]) {
      const result = await importFiles(order.map((name) => ({ name, bytes: fixture(name) })));
      expect(result.sessions).toHaveLength(1);
      const merged = result.sessions[0]!;
      const [fit, tcx] = [FIT, TCX].map((f) => merged.sources.find((s) => s.file === f)!.contentHash);
      // The watch had no heart-rate strap, power, cadence sensor or barometer: speed and GPS only, every 4 s in both.
      expect(merged.channelSources!.channels).toEqual({ speed: fit, positions: fit });
      expect(merged.channelSources!.options).toEqual({ speed: [fit, tcx], positions: [fit, tcx] });
      expect(merged.channelSources!.summary).toEqual({
        distanceM: fit,
        avgSpeed: fit,
        maxSpeed: fit,
        calories: fit,
      });
      expect([merged.distanceM, merged.avgSpeed]).toEqual([10_010.82, 4.502]);
    }
  });
});
