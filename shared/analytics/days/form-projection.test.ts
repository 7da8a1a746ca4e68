import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import { projectForm } from './form-projection';
import { FORM_ZONES, type FormStart } from './form-target';

// k1 = 1 - e^(-1/42) = 0.0235283, k2 = 1 - e^(-1/7) = 0.1331221 (pmc.ts).
const start: FormStart = { ctl: 60, atl: 70, ctlBefore: [58, 58.5, 59, 59.5, 60, 60, 60], doneToday: 0 };
const today = isoDateToDay('2026-06-01');
const goal = { ...FORM_ZONES.optimal, rampLimit: 2.5 };

describe('projectForm', () => {
  it('steps fitness and fatigue through the planned week and marks the days out of the band', () => {
    // Day 1, 100 planned: CTL 60 + 40 x 0.0235283 = 60.94113, ATL 70 + 30 x 0.1331221 = 73.99366,
    // form next morning -13.05253 (in -30..-10), ramp 60.94113 - 58 = 2.94113 > 2.5.
    // Day 2, rest: CTL 60.94113 x 0.9764717 = 59.50729, ATL 73.99366 x 0.8668779 = 64.14347, form -4.63618 (above),
    // ramp 59.50729 - 58.5 = 1.00729. The later days follow the same step.
    const days = projectForm(start, today, [100, 0, 150, 0, 0, 200, 0], goal);
    const rounded = days.map((d) => [d.date, d.load, +d.formNext.toFixed(5), +d.ramp.toFixed(5), d.form, d.rampOver]);
    expect(rounded).toEqual([
      ['2026-06-01', 100, -13.05253, 2.94113, 'in', true],
      ['2026-06-02', 0, -4.63618, 1.00729, 'above', false],
      ['2026-06-03', 150, -13.93644, 2.63643, 'in', true],
      ['2026-06-04', 0, -5.32622, 0.68623, 'above', false],
      ['2026-06-05', 0, 1.97885, -1.22985, 'above', false],
      ['2026-06-06', 200, -13.76249, 2.09305, 'in', false],
      ['2026-06-07', 0, -5.12539, 0.6321, 'above', false],
    ]);
    expect(days[0]!.ctl).toBeCloseTo(60.94113, 5);
    expect(days[0]!.atl).toBeCloseTo(73.99366, 5);
  });

  it('counts today at the larger of what is done and what is planned', () => {
    // 120 done, 100 planned: CTL 60 + 60 x 0.0235283 = 61.41170, ATL 70 + 50 x 0.1331221 = 76.65611, form -15.24441.
    const days = projectForm({ ...start, doneToday: 120 }, today, [100, 0, 0, 0, 0, 0, 0], goal);
    expect(days[0]!.load).toBe(120);
    expect(days[0]!.formNext).toBeCloseTo(-15.24441, 5);
  });

  it('marks a day whose form falls below the band', () => {
    // 400 on day 1: CTL 60 + 340 x 0.0235283 = 67.99963, ATL 70 + 330 x 0.1331221 = 113.93029, form -45.93067.
    const days = projectForm(start, today, [400, 0, 0, 0, 0, 0, 0], { ...goal, rampLimit: 8 });
    expect(days[0]!.formNext).toBeCloseTo(-45.93067, 5);
    expect(days[0]!.form).toBe('below');
    expect(days[0]!.rampOver).toBe(true); // 67.99963 - 58 = 9.99963 > 8
  });

  it('needs exactly seven days of planned load', () => {
    expect(() => projectForm(start, today, [100], goal)).toThrow('a projection needs 7 days of planned load, got 1');
  });
});
