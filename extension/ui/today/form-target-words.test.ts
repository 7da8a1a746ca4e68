import { describe, expect, it } from 'vitest';
import {
  FORM_ZONES,
  type FormOutlook,
  type FormStart,
  formTarget,
  isoDateToDay,
  projectForm,
} from '../../../shared/analytics';
import { makeFormat } from '../units/format';
import { formTargetWords } from './form-target-words';

// The starts of shared/analytics/days/form-target.test.ts, with their hand-worked numbers.
const base: FormStart = { ctl: 60, atl: 70, ctlBefore: [58, 58.5, 59, 59.5, 60, 60, 60], doneToday: 0 };
const format = makeFormat('metric', 'en-GB');
function words(over: Partial<FormStart>, zone: keyof typeof FORM_ZONES = 'optimal', rampLimit = 8) {
  const start = { ...base, ...over };
  const goal = { ...FORM_ZONES[zone], rampLimit };
  const outlook: FormOutlook = {
    goal,
    start,
    target: formTarget(start, goal),
    projection: projectForm(start, isoDateToDay('2026-06-01'), [0, 0, 0, 0, 0, 0, 0], goal),
    plansWithoutLoad: 0,
  };
  return formTargetWords(outlook, format);
}

describe('formTargetWords', () => {
  it('gives the range, and what is already done', () => {
    // 72.147 to 254.639, shown inward as 73–254.
    expect(words({}).headline).toBe("A session of 73–254 TSS today keeps tomorrow's form between -30 and -10.");
    // 50 done: 22.147 to 204.639 more.
    expect(words({ doneToday: 50 }).headline).toBe(
      "A session of 23–204 TSS today on top of the 50 TSS done keeps tomorrow's form between -30 and -10.",
    );
  });

  it('says when the ramp limit sets the top', () => {
    // Ramp limit 5: 187.506.
    expect(words({}, 'optimal', 5).because).toBe(
      "With no more load today, tomorrow's form is -2.1 and fitness stands +0.6 on a week ago; every 10 TSS today lowers tomorrow's form by 1.1; more than 187 TSS would break your ramp limit of 5 a week.",
    );
  });

  it('says rest when even rest leaves form below the band', () => {
    // CTL 50, ATL 95: rest form -33.5.
    expect(words({ ctl: 50, atl: 95 })).toEqual({
      headline: "Rest: no load today keeps tomorrow's form between -30 and -10.",
      because:
        "With no more load today, tomorrow's form is -33.5 and fitness stands -9.2 on a week ago, already below the band.",
    });
  });

  it('says when reaching the band would break the ramp limit', () => {
    // ATL 40: rest form +23.9; 309.444 needed, 187.506 allowed.
    expect(words({ atl: 40 }, 'optimal', 5)).toEqual({
      headline: "No load today keeps tomorrow's form between -30 and -10 within your ramp limit of 5 a week.",
      because:
        "With no more load today, tomorrow's form is +23.9 and fitness stands +0.6 on a week ago, above the band. Reaching it takes 310 TSS; your ramp limit of 5 a week allows 187 TSS.",
    });
  });

  it('says rest when today is already over the ramp limit, and words open-ended bands', () => {
    expect(words({ doneToday: 200, ctlBefore: [50, 52, 54, 56, 58, 59, 60] }).headline).toBe(
      "Rest: today's load already takes fitness past your ramp limit of 8 a week.",
    );
    expect(words({}, 'transition').headline).toBe("Rest: no load today keeps tomorrow's form above +25.");
  });
});
