// `npm run dev` opens a browser only where one can open (scripts/dev.ts).
import { describe, expect, it } from 'vitest';
import { canOpenBrowser, noDisplayMessage } from '../scripts/display';

describe('whether npm run dev can open a browser', () => {
  it('cannot on Linux without a display: a server, a container, SSH', () => {
    expect(canOpenBrowser('linux', {})).toBe(false);
    expect(canOpenBrowser('linux', { DISPLAY: '', WAYLAND_DISPLAY: '' })).toBe(false);
    expect(canOpenBrowser('freebsd', { SSH_CONNECTION: '10.0.0.2 22 10.0.0.1 22' })).toBe(false);
  });

  it('can on a Linux desktop, X11 or Wayland', () => {
    expect(canOpenBrowser('linux', { DISPLAY: ':0' })).toBe(true);
    expect(canOpenBrowser('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });

  it('can on macOS and Windows, which always have a desktop', () => {
    expect(canOpenBrowser('darwin', {})).toBe(true);
    expect(canOpenBrowser('win32', {})).toBe(true);
  });
});

describe('what npm run dev says without a display', () => {
  it('says why, how to load the build by hand, and that the importer works anyway', () => {
    expect(noDisplayMessage('.output/chrome-mv3').split('\n')).toEqual([
      'No browser can open here: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).',
      'The extension is built in .output/chrome-mv3. To load it by hand in Chrome or Chromium: chrome://extensions,',
      'Developer mode on, "Load unpacked", and choose that folder (on a machine with a browser).',
      'The importer works anywhere, without a browser: npm run -s cli -- import <files, folders or zips>',
    ]);
  });
});
