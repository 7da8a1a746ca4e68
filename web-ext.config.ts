import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension loaded (WXT's runner, which
// drives web-ext). Debian and Ubuntu ship Chromium at /usr/bin/chromium, where
// web-ext's own search (Google Chrome's usual places) does not look; elsewhere
// it finds Chrome itself, and CHROME_PATH names any other Chromium-based browser.
const chromium = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineWebExtConfig(chromium === undefined ? {} : { binaries: { chrome: chromium } });
