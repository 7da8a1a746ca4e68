import { describe, expect, it } from 'vitest';
import { SessionRefs } from './session-refs';

describe('SessionRefs', () => {
  it('gives each session one short reference, in order of first sight, and reads it back', () => {
    const refs = new SessionRefs();
    expect(['f3a9c0', 'b71e22', 'f3a9c0'].map((id) => refs.refFor(id))).toEqual(['s1', 's2', 's1']);
    expect([' s2 ', 's1', 's3', 'b71e22'].map((r) => refs.idFor(r))).toEqual(['b71e22', 'f3a9c0', 's3', 'b71e22']);
    expect(refs.knownRef('b71e22')).toBe('s2');
    expect(refs.knownRef('never-seen')).toBeUndefined();
  });

  it('writes runs of three or more as ranges, in order, without repeats', () => {
    const refs = new SessionRefs();
    const ids = Array.from({ length: 9 }, (_, i) => `id${i + 1}`);
    for (const id of ids) refs.refFor(id);
    expect(refs.list(['id9', 'id1', 'id2', 'id4', 'id5', 'id6', 'id7', 'id1'])).toBe('s1, s2, s4-s7, s9');
    // A session seen for the first time takes the next reference.
    expect(refs.list(['new'])).toBe('s10');
  });
});
