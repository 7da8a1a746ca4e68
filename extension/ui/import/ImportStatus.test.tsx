import { afterEach, describe, expect, it } from 'vitest';
import { mount, textsOf, unmountAll } from '../test-support/render';
import { ImportStatus } from './ImportStatus';
import type { ImportControls } from './use-import';

afterEach(unmountAll);

const saving = (saved?: { sessions: number; of: number }): ImportControls => ({
  state: {
    kind: 'running',
    phase: 'saving',
    progress: {
      filesDone: 3000,
      filesTotal: 3000,
      sessionsAdded: 3000,
      duplicatesSkipped: 0,
      merged: 0,
      errors: 0,
      currentFile: 'ride-3000.fit',
    },
    ...(saved && { saved }),
  },
  queued: 0,
  start: () => {},
  cancel: () => {},
  dismiss: () => {},
});

describe('ImportStatus while saving', () => {
  it('counts the sessions stored so far, chunk by chunk, and offers no Cancel', () => {
    const root = mount(<ImportStatus controls={saving({ sessions: 400, of: 3000 })} />);
    expect(textsOf(root, '.import-current')).toEqual(['Saving to your library… 400 of 3,000 sessions stored']);
    expect(textsOf(root, 'button')).toEqual([]);
  });

  it('says only that it is saving before the first chunk is counted', () => {
    const root = mount(<ImportStatus controls={saving()} />);
    expect(textsOf(root, '.import-current')).toEqual(['Saving to your library…']);
  });
});
