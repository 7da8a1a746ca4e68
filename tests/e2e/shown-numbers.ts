// What the panel shows of a session, read from the page: compared with
// expected-numbers.ts by the Chromium tests.
import type { Page } from 'playwright-core';

/** What the detail shows: each key number's label and value, in order. */
export async function shownKeyNumbers(page: Page): Promise<Record<string, string>> {
  return page
    .locator('dl.key-numbers > div')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          item.querySelector('dt')?.textContent ?? '',
          item.querySelector('dd')?.firstChild?.textContent ?? '',
        ]),
      ),
    );
}
