// A view's reads start as it mounts, not a frame later (the side panel's first row waited for two such frames).
// fresh-db gives Dexie an IndexedDB, without which liveQuery never queries.
import { afterEach, expect, it } from 'vitest';
import '../test-support/fresh-db';
import { mount, unmountAll } from '../test-support/render';
import { useLiveQuery } from './use-live-query';

afterEach(unmountAll);

it('asks its query in the first task after the component mounts, not after a frame', async () => {
  const asked: string[] = [];
  function Reader() {
    useLiveQuery(async () => asked.push('query'), []);
    return null;
  }

  mount(<Reader />);
  // Dexie's liveQuery runs a new subscription's query in a task of its own (setTimeout 0), queued before this one.
  await new Promise((tasked) => setTimeout(tasked, 0));

  expect(asked).toEqual(['query']);
});
