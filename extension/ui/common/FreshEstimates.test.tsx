// Opened on a library, the panel makes the threshold estimates it lacks once its first screen is up.
import { describe, expect, it, vi } from 'vitest';
import { emptyResult } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import { readThresholdEstimates, saveImport, type SessionsDb } from '../../db';
import { bytesOf } from '../../db/test-support/sessions';
import { useFreshDb } from '../test-support/fresh-db';
import { mount } from '../test-support/render';
import { FreshEstimates } from './FreshEstimates';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

describe('FreshEstimates', () => {
  it('makes the missing estimates from the counted library and shows nothing', async () => {
    const ride = makeSession();
    await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    const root = mount(<FreshEstimates db={db} sessions={1} />);
    await vi.waitFor(async () => expect(await readThresholdEstimates(db)).toMatchObject({ sessions: 1 }));
    expect(root.textContent).toBe('');
  });
});
