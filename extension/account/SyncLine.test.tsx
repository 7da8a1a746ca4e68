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

test('a sync under way says what it does and how far it is: files sent, changes pulled of the head', () => {
  const line = (status: Partial<typeof INITIAL_STATUS>) => {
    const root = mount(<SyncLine locale="en-GB" status={{ ...INITIAL_STATUS, ...status }} />);
    return [...root.querySelectorAll('p')].map((p) => p.textContent);
  };

  expect(line({ phase: 'uploading', waiting: 5900, filesUploaded: 12 })).toEqual([
    'Not synced yet. 5900 changes waiting to sync.',
    'Uploading this browser’s changes… 12 files sent.',
  ]);
  expect(line({ phase: 'downloading', pulledThrough: 500, head: 5901 })).toEqual([
    'Not synced yet. Nothing waiting.',
    'Downloading changes from your other devices… Change 500 of 5901.',
  ]);
  expect(line({ phase: 'files', pulledThrough: 5901, head: 5901 })).toEqual([
    'Not synced yet. Nothing waiting.',
    'Fetching samples and original files…',
  ]);
});
