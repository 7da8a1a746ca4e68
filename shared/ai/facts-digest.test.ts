import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../analytics/facts/types';
import { factsDigest } from './facts-digest';

const np: Fact = { id: 'session.s1.np', value: 245, unit: 'W', label: 'Normalized power 245 W', sessionIds: ['s1'] };

describe('factsDigest', () => {
  it('is the SHA-256 of the facts, model and extra input in a fixed JSON form', () => {
    const canonical =
      '{"facts":[["session.s1.np",245,"W","Normalized power 245 W",["s1"]]],"model":"claude-sonnet-5-5","extra":"coach"}';
    expect(factsDigest([np], 'claude-sonnet-5-5', 'coach')).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('stays the same for the same facts however their objects were built', () => {
    const rebuilt = {
      sessionIds: ['s1'],
      label: 'Normalized power 245 W',
      unit: 'W',
      value: 245,
      id: 'session.s1.np',
      extra: 1,
    } as Fact;
    expect(factsDigest([rebuilt], 'm')).toBe(factsDigest([np], 'm'));
  });

  it('changes when a fact, the model or the extra input changes, marking a kept answer stale', () => {
    const base = factsDigest([np], 'claude-sonnet-5-5', 'coach');
    expect(factsDigest([{ ...np, value: 246 }], 'claude-sonnet-5-5', 'coach')).not.toBe(base);
    expect(factsDigest([np], 'claude-opus-5-5', 'coach')).not.toBe(base);
    expect(factsDigest([np], 'claude-sonnet-5-5', 'plain')).not.toBe(base);
    expect(factsDigest([], 'claude-sonnet-5-5', 'coach')).not.toBe(base);
  });
});
