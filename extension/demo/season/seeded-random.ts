// The demo season's only source of chance: the same seed gives the same
// season on every machine, so tests can pin its numbers.

/** Mulberry32 (Tommy Ettinger's public-domain 32-bit generator): uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform noise in [-amplitude, amplitude): one draw, as the generator makes hundreds of thousands of samples. */
export function jitter(random: () => number, amplitude: number): number {
  return (random() - 0.5) * 2 * amplitude;
}
