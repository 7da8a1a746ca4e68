// Vitest globalSetup for the end-to-end project: builds the extension once for
// each browser present before the tests load it. It always builds (about 5 s
// each): a stale .output would test yesterday's code.
import { execFileSync } from 'node:child_process';
import { browserAvailable, REPO_ROOT } from './browser';
import { firefoxAvailable } from './firefox';

export default function buildExtension(): void {
  // No browser, no test: the test files themselves report the skip.
  const build = (browser: string) =>
    execFileSync('npx', ['wxt', 'build', '--browser', browser], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (browserAvailable()) build('chrome');
  if (firefoxAvailable()) build('firefox');
}
