// When the library cannot be counted (storage failing), the list says so instead of staying blank.
import { describe, expect, it, vi } from 'vitest';
import type { SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, mount, textsOf, waitFor } from '../test-support/render';
import { makeFormat } from '../units/format';
import { NO_FILTER } from './session-filter';
import { SessionsView } from './SessionsView';

vi.mock('../../db/first-screen', async (original) => ({
  ...(await original<typeof import('../../db/first-screen')>()),
  countSessions: () => Promise.reject(new Error('The database connection is closing')),
}));

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

describe('the sessions list when counting fails', () => {
  it('names the failure, keeps the filters, and shows no count', async () => {
    const root = mount(
      <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
        <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
          <SessionsView filter={NO_FILTER} onFilter={() => undefined} onOpen={() => undefined} empty={<p>Empty</p>} />
        </FormatContext.Provider>
      </ServicesContext.Provider>,
    );

    await waitFor(() =>
      byText(
        root,
        "The sessions could not be read from this browser's storage: The database connection is closing",
        '[role="alert"]',
      ),
    );
    expect(root.querySelector('form.session-filters')).not.toBeNull();
    expect(textsOf(root, '.session-count')).toEqual(['']);
    expect(root.querySelector('.virtual-list')).toBeNull();
  });
});
