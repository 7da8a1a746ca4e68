import { describe, expect, it } from 'vitest';
import type { SessionsDb } from '../db';
import { App } from '../ui/App';
import { FormatContext } from '../ui/common/format-context';
import { ServicesContext } from '../ui/common/services';
import { useFreshDbOn } from '../ui/test-support/fresh-db';
import { inProcessImport } from '../ui/test-support/in-process-import';
import { byText, memoryStorage, mount, waitFor } from '../ui/test-support/render';
import { makeFormat } from '../ui/units/format';
import { DemoBanner } from './DemoBanner';
import { loadDemoSeason } from './demo-season-store';
import { countRows } from '../db/test-support/tables';

const NOW = Date.UTC(2026, 10, 27, 12);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

function banner() {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <DemoBanner />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

/** As from the keyboard: a real, enabled button that has focus when it is pressed. */
function press(button: HTMLElement) {
  expect(button).toBeInstanceOf(HTMLButtonElement);
  expect((button as HTMLButtonElement).disabled).toBe(false);
  button.focus();
  expect(document.activeElement).toBe(button);
  button.click();
}

describe('the demo season controls', () => {
  it('fills an empty panel from its “Try it with a demo season” button', async () => {
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    press(await waitFor(() => byText(root, 'Try it with a demo season', 'button')));
    await waitFor(() => expect(root.querySelector('.session-count')?.textContent).toBe('74 sessions'), 10_000);
    // Newest first: yesterday's swim.
    await waitFor(() => expect(root.querySelector('.session-row-title')?.textContent).toBe('CSS swim 10 × 2 min'));
  });

  it('shows the banner only while demo data is stored, and removes it in one press', async () => {
    const root = banner();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('.demo-banner')).toBeNull();
    await loadDemoSeason(db);
    const region = await waitFor(() => {
      const found = root.querySelector('[aria-label="Demo data"]');
      if (!found) throw new Error('no demo banner');
      return found;
    });
    expect(region.querySelector('p')?.textContent).toBe('Demo data — a generated season, not yours.');
    press(byText(region, 'Remove demo data', 'button'));
    const status = await waitFor(() =>
      byText(
        root,
        'Demo data removed: 74 sessions, 88 planned sessions and 103 wellness days. Your own data is untouched.',
        '[role="status"]',
      ),
    );
    // The pressed button is gone; focus lands on what replaced it.
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(await countRows(db, 'sessions')).toBe(0);
    expect(await countRows(db, 'settings')).toBe(0);
  });
});
