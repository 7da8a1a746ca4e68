// A happy-dom page for browser code under test that also talks to a local
// server in the same process (the fake Clerk Frontend API): the page's window,
// document, navigator, fetch and Headers (which that fetch reads only from its
// own kind) go on the globals, but not its Request and Response. Vitest's
// happy-dom environment swaps those in too, and they drop the Cookie and
// Set-Cookie headers, so the server could neither read nor set its cookies.
import { Window } from 'happy-dom';

/** What the page puts on globalThis, as a browser page has them. */
const PAGE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'BroadcastChannel',
  'isSecureContext',
  'Event',
  'CustomEvent',
  'Headers',
] as const;

export interface BrowserPage {
  readonly window: Window;
  close(): Promise<void>;
}

export function openBrowserPage(url: string, options: { trustAnyCertificate?: boolean } = {}): BrowserPage {
  const page = new Window({
    url,
    settings: {
      fetch: { disableStrictSSL: options.trustAnyCertificate ?? false },
      // The page under test stays the page: a redirect (Clerk's, after signing out) would load another.
      navigation: { disableMainFrameNavigation: true },
    },
  });
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const install = (key: string, value: unknown) => {
    saved.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  };
  for (const key of PAGE_GLOBALS) install(key, key === 'window' ? page : page[key as keyof Window]);
  install('fetch', page.fetch.bind(page));
  return {
    window: page,
    async close() {
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, key, descriptor);
        else delete (globalThis as Record<string, unknown>)[key];
      }
      await page.happyDOM.close();
    },
  };
}
