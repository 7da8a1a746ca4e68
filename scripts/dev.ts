// `npm run dev`: WXT's development server, which builds the extension, rebuilds
// it on every edit and opens a browser with it loaded. Where no browser can open
// (no display), it builds the extension once and says how to load it by hand,
// instead of letting the browser runner die with a bare stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { canOpenBrowser, noDisplayMessage } from './display';

/** Runs WXT with `args`, showing its output; returns its exit code. */
function wxt(args: readonly string[]): number {
  return spawnSync('npx', ['wxt', ...args], { stdio: 'inherit' }).status ?? 1;
}

if (canOpenBrowser(process.platform, process.env)) process.exit(wxt(process.argv.slice(2)));

const built = wxt(['build', '--browser', 'chrome']);
if (built !== 0) process.exit(built);
// Where `wxt build` wrote it (wxt.config.ts: SESSIONSAI_OUT_DIR, else WXT's .output).
console.error(`\n${noDisplayMessage(join(process.env.SESSIONSAI_OUT_DIR ?? '.output', 'chrome-mv3'))}`);
process.exit(1);
