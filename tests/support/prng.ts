/** mulberry32: a small, well-mixed 32-bit PRNG (public domain, Tommy Ettinger); a seed replays a run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export type Random = () => number;

/** An integer in [0, n). */
export const int = (random: Random, n: number) => Math.floor(random() * n);

export const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;
