// The Firefox build carries site import (issue 14): its Manifest V2 asks for
// the training sites as optional permissions and for 'scripting' (which
// registers the import button's content script on the granted sites), its
// background page runs the site-message listener, the content-script
// registration and the importer, and the content script it registers is in
// the package where the background and the panel look for it. It declares the
// AI's optional health-data collection and passes web-ext lint. Built into a
// folder of its own, so Chrome's build for the other e2e tests is untouched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AI_DATA_COLLECTION } from '../../extension/ai/firefox-data-consent';
import { CONTENT_SCRIPT_FILE } from '../../extension/sites/content/content-script-registration';
import { ADAPTERS } from '../../extension/sites/registry';
import { REPO_ROOT } from './browser';

describe('the Firefox build', () => {
  const out = mkdtempSync(join(tmpdir(), 'sessionsai-firefox-build-'));
  const dir = join(out, 'firefox-mv2');
  let manifest: {
    manifest_version: number;
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    background?: { scripts?: string[]; service_worker?: string };
    content_scripts?: unknown[];
    browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
  };

  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '--browser', 'firefox'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SESSIONSAI_OUT_DIR: out },
      stdio: 'ignore',
    });
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('asks for each training site as an optional permission, for scripting and alarms, and for no site up front', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.optional_permissions).toEqual(ADAPTERS.flatMap((a) => a.matches));
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'alarms']);
    expect(manifest.host_permissions).toBeUndefined();
    // Registered at runtime for the granted sites only, never declared for every page.
    expect(manifest.content_scripts).toBeUndefined();
  });

  it("collects nothing up front and declares the AI's health data as optional, asked for before the first request", () => {
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
      required: ['none'],
      optional: AI_DATA_COLLECTION,
    });
  });

  it('passes web-ext lint with no warning', () => {
    const report = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--warnings-as-errors', '--output', 'json'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      }),
    ) as { count: number; errors: unknown[]; warnings: unknown[] };
    expect([report.errors, report.warnings]).toEqual([[], []]);
  }, 120_000);

  it('has a background page that runs site import', () => {
    expect(manifest.background?.scripts).toEqual(['background.js']);
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // The protocol's message types and the registration's id: the listener and the sync are in the bundle.
    for (const marker of ['sessionsai:site-import', 'sessionsai:site-known', 'sessionsai-site-import'])
      expect(background).toContain(marker);
  });

  it('leaves the developer-only diagnostics page out of a production build', () => {
    expect(existsSync(join(dir, 'diagnostics.html'))).toBe(false);
  });

  it('packages the content script where the background registers it from', () => {
    expect(existsSync(join(dir, CONTENT_SCRIPT_FILE))).toBe(true);
    expect(readFileSync(join(dir, CONTENT_SCRIPT_FILE), 'utf8')).toContain('sessionsai:import-this');
  });
});
