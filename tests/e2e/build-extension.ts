// Vitest globalSetup for the end-to-end project: builds the extension once
// before the test loads it. It always builds (about 5 s): a stale
// .output/chrome-mv3 would test yesterday's code.
import { execFileSync } from 'node:child_process';
import { browserAvailable, REPO_ROOT } from './browser';

export default function buildExtension(): void {
  // No browser, no test: the test file itself reports the skip.
  if (!browserAvailable()) return;
  execFileSync('npx', ['wxt', 'build', '--browser', 'chrome'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
