import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../common/day';
import type { FormOutlook } from '../days/form-outlook';
import { projectForm } from '../days/form-projection';
import { DEFAULT_RAMP_LIMIT, FORM_ZONES, type FormStart, formTarget } from '../days/form-target';
import { formFacts } from './form-facts';

// The start of form-target.test.ts: CTL 60, ATL 70, CTL 58 a week ago. Rest leaves form at -2.09315 and the ramp
// at 0.58830; tomorrow's form stays in -30..-10 with 72.147 to 254.639 more load, shown inward as 73 to 254.
const start: FormStart = { ctl: 60, atl: 70, ctlBefore: [58, 58.5, 59, 59.5, 60, 60, 60], doneToday: 0 };
const goal = { ...FORM_ZONES.optimal, rampLimit: DEFAULT_RAMP_LIMIT };
const today = isoDateToDay('2026-06-01');
const outlook = (over: Partial<FormStart> = {}, rampLimit = goal.rampLimit): FormOutlook => {
  const s = { ...start, ...over };
  const g = { ...goal, rampLimit };
  return {
    goal: g,
    start: s,
    target: formTarget(s, g),
    projection: projectForm(s, today, [100, 0, 0, 0, 0, 0, 0], g),
    plansWithoutLoad: 0,
  };
};

describe('formFacts', () => {
  it("states today's load range, rest's form and ramp, and each projected day", () => {
    const facts = formFacts(outlook());
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('form.today.min')).toEqual({
      id: 'form.today.min',
      value: 73,
      unit: 'load',
      label:
        "Further load today keeping tomorrow's form between -30 and -10 with ramp rate at most 8 per week: 73 to 254",
      sessionIds: [],
    });
    expect(byId.get('form.today.max')!.value).toBe(254);
    expect(byId.get('form.rest.tsb')!.value).toBe(-2.1);
    expect(byId.get('form.rest.ramp')!.value).toBe(0.6);
    expect(byId.get('form.rampLimit')!.value).toBe(8);
    // Day 1 with 100 planned: form -13.05253 (in the band), ramp 2.94113 (form-projection.test.ts).
    expect(byId.get('form.projection.2026-06-01.tsb')!.label).toBe(
      'Projected form the morning after 2026-06-01 (planned load 100): -13.1, inside the band (between -30 and -10)',
    );
    // Day 2, rest: -4.63618, above the band.
    expect(byId.get('form.projection.2026-06-02.tsb')!.label).toBe(
      'Projected form the morning after 2026-06-02 (planned load 0): -4.6, above the band (between -30 and -10)',
    );
    expect(byId.get('form.projection.2026-06-01.ramp')!.value).toBe(2.9);
    expect(facts).toHaveLength(3 + 2 + 14);
  });

  it('says when rest already leaves form below the band', () => {
    // CTL 50, ATL 95: rest form -33.52982 (form-target.test.ts).
    const facts = formFacts(outlook({ ctl: 50, atl: 95 }));
    expect(facts[0]).toMatchObject({ id: 'form.today.advice', value: 'rest' });
    expect(facts[0]!.label).toBe("Even rest today leaves tomorrow's form below the band (between -30 and -10)");
    expect(facts.find((f) => f.id === 'form.rest.tsb')!.value).toBe(-33.5);
  });

  it('gives the load the band needs when the ramp limit forbids it', () => {
    // ATL 40, ramp limit 5: 309.444 needed, 187.506 allowed.
    const facts = formFacts(outlook({ atl: 40 }, 5));
    expect(facts[0]).toMatchObject({ id: 'form.today.needed', value: 310 });
    expect(facts[0]!.label).toBe(
      "Load needed to bring tomorrow's form between -30 and -10: 310, more than the 187 the ramp rate at most 5 per week allows",
    );
  });
});
