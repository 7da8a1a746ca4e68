// Renders scripts/icon.svg to the PNG icons both stores want, in the folder WXT
// reads icons from (extension/public/icon/<size>.png), with Debian's Chromium.
// Run: npx tsx scripts/render-icons.ts (the PNGs are committed; rerun after editing the SVG).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../build/icons';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const style = `html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}`;
    await page.setContent(`<style>${style}</style>${svg}`);
    await page.screenshot({ path: join(root, `extension/public/icon/${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
