import { expect } from 'vitest';
import type { ImportResult, Session } from '../../shared/model';

/** The one session of an import that must read cleanly: fails the test on any error or on another session count. */
export function onlySession(result: ImportResult): Session {
  expect(result.errors).toEqual([]);
  expect(result.sessions).toHaveLength(1);
  return result.sessions[0]!;
}
