// The sensors real files name in their device_info messages (listed per file
// in ../shared/fixtures/MANIFEST.md: "fenix 3 HR + HRM-Run", "Edge 1000 (+ Magene sensor)").
import { expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { parseFit } from './parse-fit';

const sensorsOf = (path: string) => parseFit(fixture(path), path).sessions[0]!.sources[0]!.sensors;

describeWithFixtures('FIT sensors on real files', () => {
  it('a watch with a wrist sensor that paired an ANT+ strap used the strap', () => {
    expect(sensorsOf('fit/elevate__flagged-hr.fit')).toEqual({ heartRate: 'strap', powerMeter: false });
  });

  it('a watch with only its wrist sensor', () => {
    expect(sensorsOf('fit/fit-parser__garmin-stamina.fit')).toEqual({ heartRate: 'optical', powerMeter: false });
  });

  it('a Bluetooth strap on an Edge', () => {
    expect(sensorsOf('fit/fit-parser__jumps-mtb.fit')).toEqual({ heartRate: 'strap', powerMeter: false });
  });

  it('an old Edge 810 file without source types: an ANT+ strap and Vector power pedals', () => {
    expect(sensorsOf('fit/fitparse__Edge810-Vector-2013-08-16-15-35-10.fit')).toEqual({
      heartRate: 'strap',
      powerMeter: true,
    });
  });

  it('a trainer ride with strap, speed and cadence sensors but no power meter', () => {
    expect(sensorsOf('fit/elevate__biking-500-trainer.fit')).toEqual({ heartRate: 'strap', powerMeter: false });
  });

  it('a fenix 5 ride on its wrist sensor', () => {
    expect(sensorsOf('fit/fitparse__garmin-fenix-5-bike.fit')).toEqual({ heartRate: 'optical', powerMeter: false });
  });

  it('nothing for a Forerunner 15 run that paired no sensor', () => {
    expect(sensorsOf('fit/gc__10kUNLP2014-Garmin15.fit')).toBeUndefined();
  });
});
