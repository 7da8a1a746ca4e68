import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultUnitSystem, makeFormat } from './format';

const metric = makeFormat('metric', 'en-GB');
const imperial = makeFormat('imperial', 'en-US');

describe('metric', () => {
  it('shows distances in km, and swims in metres', () => {
    expect(metric.distance(12_345)).toBe('12.35 km');
    expect(metric.distance(1500, 'swimming')).toBe('1,500 m');
  });
  it('shows pace per km, swim pace per 100 m, speed in km/h', () => {
    expect(metric.pace(1000 / 303)).toBe('5:03 /km');
    expect(metric.swimPace(100 / 105)).toBe('1:45 /100 m');
    expect(metric.speed(9)).toBe('32.4 km/h');
  });
  it('picks pace, swim pace or speed by sport', () => {
    expect(metric.speedFor(1000 / 303, 'running')).toBe('5:03 /km');
    expect(metric.speedFor(100 / 105, 'swimming')).toBe('1:45 /100 m');
    expect(metric.speedFor(9, 'cycling')).toBe('32.4 km/h');
  });
  it('writes a dash for a pace of someone standing still', () => {
    expect(metric.pace(0)).toBe('–');
    expect(metric.pace(0.1)).toBe('–');
  });
  it('shows elevation in metres and running cadence in steps', () => {
    expect(metric.elevation(412.4)).toBe('412 m');
    expect(metric.cadence(88, 'cycling')).toBe('88 rpm');
    expect(metric.cadence(88, 'running')).toBe('176 spm');
  });
});

describe('imperial', () => {
  it('shows miles, min/mi, /100 yd, mph and feet', () => {
    expect(imperial.distance(12_345)).toBe('7.67 mi');
    expect(imperial.distance(1500, 'swimming')).toBe('1,640 yd');
    // 5:03 /km is 8:08 /mi (303 s x 1.609344 = 487.6 s).
    expect(imperial.pace(1000 / 303)).toBe('8:08 /mi');
    // 1:45 /100 m is 1:36 /100 yd (105 s x 0.9144 = 96.0 s).
    expect(imperial.swimPace(100 / 105)).toBe('1:36 /100 yd');
    expect(imperial.speed(9)).toBe('20.1 mph');
    expect(imperial.elevation(412.4)).toBe('1,353 ft');
  });
});

describe('dates', () => {
  const start = Date.UTC(2024, 5, 1, 6, 5, 0);
  it('shows the local time the file stated, whatever the browser zone', () => {
    expect(metric.dateTime(start, 7200)).toBe('Sat, 1 Jun 2024, 8:05');
    expect(imperial.dateTime(start, -4 * 3600)).toBe('Sat, Jun 1, 2024, 2:05 AM');
    expect(imperial.date(start, 7200)).toBe('Sat, Jun 1, 2024');
  });
  it('follows the language for numbers and dates', () => {
    const german = makeFormat('metric', 'de-DE');
    expect(german.distance(12_345)).toBe('12,35 km');
    expect(german.date(start, 0)).toBe('Sa., 1. Juni 2024');
  });
});

describe('making a Format', () => {
  afterEach(() => vi.restoreAllMocks());
  it('builds no date formatter until a date is shown, then one per kind of date', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const format = makeFormat('metric', 'en-GB');
    expect(made).not.toHaveBeenCalled();
    expect(format.date(Date.UTC(2024, 5, 1, 6, 5, 0), 0)).toBe('Sat, 1 Jun 2024');
    expect(format.date(Date.UTC(2024, 5, 2, 6, 5, 0), 0)).toBe('Sun, 2 Jun 2024');
    expect(made).toHaveBeenCalledTimes(1);
  });
});

describe('defaultUnitSystem', () => {
  it('is imperial for US English and metric elsewhere', () => {
    expect(defaultUnitSystem('en-US')).toBe('imperial');
    expect(defaultUnitSystem('en')).toBe('imperial');
    expect(defaultUnitSystem('en-GB')).toBe('metric');
    expect(defaultUnitSystem('fr')).toBe('metric');
    expect(defaultUnitSystem('not a locale')).toBe('metric');
  });
});
