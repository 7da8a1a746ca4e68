import { afterEach, expect, test } from 'vitest';
import { mount, unmountAll } from '../ui/test-support/render';
import { INITIAL_STATUS } from '../sync';
import { SyncLine } from './SyncLine';

afterEach(unmountAll);

test('each change held on this device is named, by its session when it has one, with the reason', () => {
  const start = Date.UTC(2026, 11, 2, 9);
  const root = mount(
    <SyncLine
      locale="en-GB"
      status={{
        ...INITIAL_STATUS,
        waiting: 2,
        held: [
          {
            table: 'sessions',
            rowId: 's1',
            session: { title: 'Hill repeats', start },
            reason: 'the server refused it (The sessions row s1 would hold 300777 bytes, more than 262144)',
          },
          {
            table: 'notes',
            rowId: 'n1',
            session: null,
            reason: 'it holds 300 KiB of data, more than the 256 KiB one item may hold',
          },
        ],
      }}
    />,
  );

  const items = [...root.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
  const when = new Date(start).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  expect(items).toEqual([
    `The session “Hill repeats” of ${when} stays in this browser, not synced: the server refused it (The sessions row s1 would hold 300777 bytes, more than 262144).`,
    'A change to your notes stays in this browser, not synced: it holds 300 KiB of data, more than the 256 KiB one item may hold.',
  ]);
});
