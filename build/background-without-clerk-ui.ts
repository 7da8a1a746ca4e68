import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';

const LEFT_OUT = fileURLToPath(new URL('./clerk-ui-left-out.ts', import.meta.url));

const inputsOf = (input: Rolldown.InputOption | undefined): string[] =>
  input === undefined ? [] : typeof input === 'string' ? [input] : Object.values(input);

/**
 * Clerk's UI left out of the background bundle. The background signs in with Clerk's background client
 * (extension/account/background-connection.ts), which shows nothing, but the module it comes from also
 * holds the page client's `import('@clerk/ui/no-rhc')`, which a background (one file, dynamic imports
 * inlined) would carry whole and parse at every service-worker start.
 */
export function backgroundWithoutClerkUi(): Plugin {
  let background = false;
  return {
    name: 'sessionsai:background-without-clerk-ui',
    enforce: 'pre',
    options(options) {
      background = inputsOf(options.input).some((input) => /[\\/]entrypoints[\\/]background\.ts$/.test(input));
      return null;
    },
    resolveId(source) {
      return background && source === '@clerk/ui/no-rhc' ? LEFT_OUT : null;
    },
  };
}
