// A build with accounts, for the sync test (Chrome) and the Firefox account
// test: WXT_CONVEX_URL and the Clerk settings name servers the test has just
// started on 127.0.0.1, so it builds after they listen (their ports are known
// only then), into a folder of its own: the local-only build the other tests
// load (build-extension.ts) stays as it is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './browser';

export interface BuildWithAccounts {
  /** The unpacked extension, for openSidePanel or openFirefoxSidePanel. */
  readonly dir: string;
  remove(): void;
}

/** `env`: the build-time variables (.env.example), WXT_CONVEX_URL and WXT_CLERK_PUBLISHABLE_KEY at least. */
export function buildWithAccounts(
  env: Readonly<Record<string, string>>,
  browser: 'chrome' | 'firefox' = 'chrome',
): BuildWithAccounts {
  const out = mkdtempSync(join(tmpdir(), 'sessionsai-accounts-build-'));
  try {
    execFileSync('npx', ['wxt', 'build', '--browser', browser], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, SESSIONSAI_OUT_DIR: out },
      stdio: 'ignore',
    });
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  const dir = join(out, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  return { dir, remove: () => rmSync(out, { recursive: true, force: true }) };
}
