/** The icon sizes Chrome's and Firefox's stores and toolbars ask for, in pixels. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/**
 * The icons by size, as paths inside the built extension: WXT copies
 * extension/public/icon/<size>.png there (rendered by scripts/render-icons.ts).
 */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}
