import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { backgroundWithoutClerkUi } from './build/background-without-clerk-ui';
import { patchDependencies } from './build/dependency-patches';
import { manifestKey } from './build/extension-key';
import { oneStartupChunk } from './build/one-startup-chunk';
import { iconPaths } from './build/icons';
import { leaveOutClerkModules } from './build/left-out';
import { dropUnusedDexie } from './build/unused-dexie';
import { ADAPTERS } from './extension/sites/registry';

// Entrypoints stay thin in extension/entrypoints/; the code they start lives in
// extension/ui, extension/db and their siblings (docs/architecture.md, "Layers").
export default defineConfig({
  srcDir: 'extension',
  // Files copied into the build as they are: the icons (extension/public/icon/<size>.png).
  publicDir: 'extension/public',
  // Tests and benchmarks that build the extension at once (two helpers, or a
  // bench beside a test run) each name their own folder; by default WXT's .output.
  outDir: process.env.SESSIONSAI_OUT_DIR ?? '.output',
  // `npm run zip` also packs the sources addons.mozilla.org asks for; test screenshots are not sources.
  zip: { excludeSources: ['artifacts/**'] },
  // Explicit imports only: the repo's tsconfig type-checks the extension without
  // WXT's generated .wxt/ declarations.
  imports: false,
  // The preset compiles JSX for Preact and aliases react and react-dom to
  // preact/compat (reactAliasesEnabled), which @clerk/chrome-extension needs
  // because it is written against React.
  vite: () => ({
    plugins: [
      preact({ reactAliasesEnabled: true }),
      leaveOutClerkModules(),
      backgroundWithoutClerkUi(),
      patchDependencies(),
      dropUnusedDexie(),
      oneStartupChunk(),
    ],
    // Extension pages run in browsers that all support <link rel=modulepreload>. A bench that profiles
    // (`npm run bench -- --only import --profile DIR`) builds unminified, so profiles name functions.
    build: { modulePreload: { polyfill: false }, ...(process.env.SESSIONSAI_UNMINIFIED && { minify: false }) },
    // The panel starts the import worker as a module worker ({ type: 'module' }).
    worker: { format: 'es' },
  }),
  hooks: {
    // `imports: false` leaves WXT's unimport plugin in the build with its presets, and the plugin took a parameter
    // named `storage` (sites/garmin-connect/auth.ts) for WXT's storage: it put @wxt-dev/storage (16 kB) in the side
    // panel's startup chunk, the background and the content script. With no presets it adds nothing.
    'config:resolved': (wxt) => {
      wxt.config.imports.presets = [];
    },
    // The site-import diagnostics page (extension/diagnostics) is for developers
    // with a real login: built by `npm run dev` (mode development) only, never
    // into a production build.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entrypoint of entrypoints)
        if (entrypoint.name === 'diagnostics' && wxt.config.mode !== 'development') entrypoint.skipped = true;
    },
  },
  manifest: ({ browser }) => ({
    name: 'SessionsAI',
    // Stripe's Checkout and Customer Portal send the athlete back, through the
    // deployment's /billing/return (convex/billing/returnPage.ts), to this page
    // (extension/entrypoints/billing-return); a web page may open an extension
    // page only when the manifest lists it.
    web_accessible_resources:
      browser === 'firefox'
        ? ['billing-return.html']
        : [
            {
              resources: ['billing-return.html'],
              matches: ['https://checkout.stripe.com/*', 'https://billing.stripe.com/*', 'https://*.convex.site/*'],
            },
          ],
    // No host permissions: site access is requested by the features that need it.
    // 'scripting' registers the import button's content script on the granted
    // sites only (extension/sites/content/content-script-registration.ts).
    // 'alarms' wakes the background to sync every few minutes, in a build with accounts only
    // (extension/sync/background-schedule.ts).
    permissions: ['storage', 'scripting', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sessionsai@sessionsai',
              // Nothing leaves the browser by default. The AI (off until the athlete
              // agrees on its consent screen) sends training facts (heart rate, load,
              // wellness) to the model: optional health data, which the panel asks
              // Firefox for before the first request (extension/ai/firefox-data-consent.ts).
              // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
              data_collection_permissions: { required: ['none'], optional: ['healthInfo'] },
            },
          },
          // The toolbar button, which shows and hides the sidebar (entrypoints/background.ts).
          browser_action: { default_title: 'Show or hide SessionsAI', default_icon: iconPaths() },
          // Site import (issue 14): Manifest V2 lists optional host access among
          // optional_permissions, asked for from the sidebar like Chrome's
          // optional_host_permissions below.
          optional_permissions: ADAPTERS.flatMap((adapter) => adapter.matches),
        }
      : {
          // A fixed extension id when EXTENSION_PUBLIC_KEY is set (build/extension-key.ts).
          ...manifestKey(process.env),
          // Chrome needs an action for the toolbar button that opens the side
          // panel (see entrypoints/background.ts). WXT adds side_panel and the
          // sidePanel permission itself for a sidepanel entrypoint.
          action: { default_title: 'Open SessionsAI', default_icon: iconPaths() },
          // Site import (issue 6) runs in Chrome's background service worker:
          // each training site is an optional host permission, asked for from
          // the panel when the athlete first imports from it, and 'scripting'
          // (above) registers the import button's content script on the
          // granted sites only (extension/sites/content/content-script-registration.ts).
          optional_host_permissions: ADAPTERS.flatMap((adapter) => adapter.matches),
        }),
  }),
});
