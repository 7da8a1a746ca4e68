// Whether `npm run dev` can open a browser here, and what it says when it cannot.

/**
 * On Linux and the BSDs a browser window needs an X11 or Wayland display, named
 * by DISPLAY or WAYLAND_DISPLAY; a server, a container or an SSH session has
 * neither. macOS and Windows always have a desktop to open one on.
 */
export function canOpenBrowser(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** What `npm run dev` says where no browser can open, once the extension is built in `builtDir`. */
export function noDisplayMessage(builtDir: string): string {
  return [
    'No browser can open here: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).',
    `The extension is built in ${builtDir}. To load it by hand in Chrome or Chromium: chrome://extensions,`,
    'Developer mode on, "Load unpacked", and choose that folder (on a machine with a browser).',
    'The importer works anywhere, without a browser: npm run -s cli -- import <files, folders or zips>',
  ].join('\n');
}
