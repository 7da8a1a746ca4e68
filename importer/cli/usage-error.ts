/** A mistake in how the CLI was called (exit code 2), as opposed to a file that failed to import (exit 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
