import { describe, expect, it } from 'vitest';
import { DEFAULT_RAMP_LIMIT, FORM_ZONES, type FormGoal, type FormStart, formTarget } from './form-target';

// k1 = 1 - e^(-1/42) = 0.0235283, k2 = 1 - e^(-1/7) = 0.1331221 (pmc.ts); a unit of load today lowers
// tomorrow's form by k2 - k1 = 0.1095938 and raises today's CTL by k1.
const optimal: FormGoal = { ...FORM_ZONES.optimal, rampLimit: DEFAULT_RAMP_LIMIT };
const start = (over: Partial<FormStart> = {}): FormStart => ({
  ctl: 60,
  atl: 70,
  ctlBefore: [58, 58.5, 59, 59.5, 60, 60, 60],
  doneToday: 0,
  ...over,
});

describe('formTarget', () => {
  it('gives the load that keeps tomorrow inside the optimal band, -30 to -10', () => {
    // Rest: CTL 60 x 0.9764717 = 58.58830, ATL 70 x 0.8668779 = 60.68145, form tomorrow -2.09315.
    // Down to -10: (-2.09315 + 10) / 0.1095938 = 72.147; down to -30: (-2.09315 + 30) / 0.1095938 = 254.639.
    // Ramp: rest CTL 58.58830 - 58 a week ago = 0.58830; up to 8 more: (8 - 0.58830) / 0.0235283 = 315.012 > 254.639.
    const target = formTarget(start(), optimal);
    expect(target.restTsb).toBeCloseTo(-2.09315, 5);
    expect(target.restRamp).toBeCloseTo(0.5883, 4);
    expect(target.advice).toEqual({
      kind: 'range',
      min: expect.closeTo(72.147, 3),
      max: expect.closeTo(254.639, 3),
      byRamp: false,
    });
  });

  it('lets a tighter ramp limit cap the range', () => {
    // Ramp limit 5: (5 - 0.58830) / 0.0235283 = 187.506 < 254.639.
    const target = formTarget(start(), { ...optimal, rampLimit: 5 });
    expect(target.advice).toEqual({
      kind: 'range',
      min: expect.closeTo(72.147, 3),
      max: expect.closeTo(187.506, 3),
      byRamp: true,
    });
  });

  it('counts only the load still to do once some is done today', () => {
    // 50 done: CTL 60 + (50 - 60) x 0.0235283 = 59.76472, ATL 70 + (50 - 70) x 0.1331221 = 67.33756, form -7.57284.
    // Further (-7.57284 + 10) / 0.1095938 = 22.147 to (-7.57284 + 30) / 0.1095938 = 204.639 (the rest-day range less 50);
    // ramp (8 - 1.76472) / 0.0235283 = 265.012.
    const target = formTarget(start({ doneToday: 50 }), optimal);
    expect(target.advice).toEqual({
      kind: 'range',
      min: expect.closeTo(22.147, 3),
      max: expect.closeTo(204.639, 3),
      byRamp: false,
    });
  });

  it('starts the range at 0 when rest already sits in the band', () => {
    // Grey zone -10 to +5: rest's -2.09315 is inside; down to -10 takes 72.147.
    const target = formTarget(start(), { ...FORM_ZONES.grey, rampLimit: 8 });
    expect(target.advice).toEqual({ kind: 'range', min: 0, max: expect.closeTo(72.147, 3), byRamp: false });
  });

  it('says when even rest leaves form below the band', () => {
    // CTL 50, ATL 95: rest form 50 x 0.9764717 - 95 x 0.8668779 = 48.82358 - 82.35340 = -33.52982 < -30.
    const target = formTarget(start({ ctl: 50, atl: 95 }), optimal);
    expect(target.advice).toEqual({ kind: 'rest-below' });
    expect(target.restTsb).toBeCloseTo(-33.52982, 5);
  });

  it('says when reaching the band would break the ramp limit, so rest leaves form above it', () => {
    // CTL 60, ATL 40: rest form 58.58830 - 34.67512 = 23.91319; to -10 takes (23.91319 + 10) / 0.1095938 = 309.444,
    // but ramp limit 5 allows 187.506.
    const target = formTarget(start({ atl: 40 }), { ...optimal, rampLimit: 5 });
    expect(target.advice).toEqual({
      kind: 'rest-above',
      needed: expect.closeTo(309.444, 3),
      rampMax: expect.closeTo(187.506, 3),
    });
  });

  it('says when today is already over the ramp limit', () => {
    // 200 done: CTL 60 + 140 x 0.0235283 = 63.29396, 13.29396 above the 50 of a week ago > 8.
    const target = formTarget(start({ doneToday: 200, ctlBefore: [50, 52, 54, 56, 58, 59, 60] }), optimal);
    expect(target.advice).toEqual({ kind: 'ramp-over' });
    expect(target.restRamp).toBeCloseTo(13.29396, 5);
  });

  it('takes the open-ended zones: above +25 needs no load, so rest is the range start', () => {
    // Transition (+25 and up): any load down to +25 keeps it; rest's -2.09 is below, so even rest is below.
    expect(formTarget(start(), { ...FORM_ZONES.transition, rampLimit: 8 }).advice).toEqual({ kind: 'rest-below' });
    // High risk (below -30): no upper load from the band, the ramp sets it at 315.012.
    expect(formTarget(start(), { ...FORM_ZONES.highRisk, rampLimit: 8 }).advice).toEqual({
      kind: 'range',
      min: expect.closeTo(254.639, 3),
      max: expect.closeTo(315.012, 3),
      byRamp: true,
    });
  });

  it('names what is wrong with its inputs', () => {
    expect(() => formTarget(start({ ctlBefore: [60] }), optimal)).toThrow(
      'ctlBefore needs the CTL of the 7 days before today, got 1',
    );
    expect(() => formTarget(start(), { min: -10, max: -30, rampLimit: 8 })).toThrow('form band -10 to -30 is empty');
    expect(() => formTarget(start(), { ...optimal, rampLimit: 0 })).toThrow('ramp limit 0 is not a positive number');
  });
});
