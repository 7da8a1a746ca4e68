import { expect, test } from 'vitest';
import { TextFlusher } from './textFlusher';

/** A flusher on a hand-moved clock that records each write. */
function flusherAt(intervalMs: number, maxChars: number) {
  let clock = 0;
  const writes: string[] = [];
  const flusher = new TextFlusher(
    async (text) => {
      writes.push(text);
    },
    intervalMs,
    maxChars,
    () => clock,
  );
  return { flusher, writes, advance: (ms: number) => (clock += ms) };
}

test('text arriving faster than the interval is written in batches, in order, with nothing lost', async () => {
  const { flusher, writes, advance } = flusherAt(100, 1000);

  for (const delta of ['The ', 'ride ', 'was ', 'steady', '.']) {
    flusher.push(delta);
    advance(40);
  }
  await flusher.close();

  // Pushes at 0, 40, 80, 120 (due: write), 160 -> then the rest on close.
  expect(writes).toEqual(['The ride was steady', '.']);
});

test('a long run of text is written once maxChars wait, even inside the interval', async () => {
  const { flusher, writes } = flusherAt(100, 10);

  flusher.push('12345');
  flusher.push('67890');
  flusher.push('ab');
  await flusher.close();

  expect(writes).toEqual(['1234567890', 'ab']);
});

test('closing with nothing waiting writes nothing', async () => {
  const { flusher, writes } = flusherAt(100, 10);
  await flusher.close();
  expect(writes).toEqual([]);
});
