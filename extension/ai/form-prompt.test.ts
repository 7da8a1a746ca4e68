// The AI is told what load today keeps form in the athlete's band, as facts it
// is checked against, whenever the period it is asked about holds today.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDateToDay } from '../../shared/analytics';
import { saveFormChoice, type SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { periodPrompt, questionPrompt } from './prompt-for';
import { storeTraining } from './test-support/training';

let db: SessionsDb;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
});
afterEach(() => db.delete());

const week = { from: '2024-06-03', to: '2024-06-09' };
const today = isoDateToDay('2024-06-09');

describe("the AI's form facts", () => {
  it("give today's load range in the optimal band, computed from the two rides", async () => {
    // Rides of L = 66.18667 on 1 and 8 June (test-support/training.ts). On 8 June CTL = L x k1 x (1 - k1)^7 + L x k1
    // = 2.87545 and ATL = 12.05226 (k1 = 0.0235283, k2 = 0.1331221). Resting on the 9th: CTL 2.80780, ATL 10.44797,
    // form tomorrow -7.64004; CTL on 2 June was 1.52062, so the ramp is 1.28718. Down to -10:
    // (-7.64004 + 10) / 0.1095938 = 21.534, to -30: 204.026; the ramp limit 8 allows (8 - 1.28718) / 0.0235283 = 285.308.
    const { message } = await questionPrompt(db, 'How much today?', week, { allowNotes: false, today });
    const facts = new Map(message.facts.map((f) => [f.id, f.value]));
    expect(facts.get('form.today.min')).toBe(22);
    expect(facts.get('form.today.max')).toBe(204);
    expect(facts.get('form.rest.tsb')).toBe(-7.6);
    expect(facts.get('form.rest.ramp')).toBe(1.3);
    expect(message.text).toContain(
      "Further load today keeping tomorrow's form between -30 and -10 with ramp rate at most 8 per week: 22 to 204",
    );
  });

  it("follow the athlete's band", async () => {
    // Grey zone -10 to +5: rest's -7.64004 is inside; down to -10 takes 21.534, shown as up to 21.
    await saveFormChoice(db, { zone: 'grey', rampLimit: 8 });
    const { message } = await questionPrompt(db, 'How much today?', week, { allowNotes: false, today });
    const facts = new Map(message.facts.map((f) => [f.id, f.value]));
    expect([facts.get('form.today.min'), facts.get('form.today.max')]).toEqual([0, 21]);
  });

  it('are left out of a period that does not hold today', async () => {
    const { message } = await periodPrompt(db, '2024-05-27', '2024-06-02', { allowNotes: false, today });
    expect(message.facts.filter((f) => f.id.startsWith('form.'))).toEqual([]);
  });
});
