// The AI section of Settings: the key typed into a password field and kept in
// the extension's private values (not the library), every choice saved at once, and AI
// switched off entirely.
import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION, loadAiSettings, loadApiKey } from '../../ai/ai-settings';
import { memoryArea } from '../../ai/key-value-area';
import { readPrivacyChoices, type SessionsDb } from '../../db';
import { agreedArea } from '../../ai/test-support/agreed-area';
import { fill } from '../settings/settings-test-support';
import { useFreshDbOn } from '../test-support/fresh-db';
import { textsOf, waitFor } from '../test-support/render';
import { AiSettings } from './AiSettings';
import { click, eventually, mountAi } from '../insights/insights-test-support';
import { InsightsView } from '../insights/InsightsView';
import { countRows } from '../../db/test-support/tables';

const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

const field = <T extends HTMLElement>(root: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });

describe('AI settings section', () => {
  it('keeps the key from a password field in the private values only, and never shows it again', async () => {
    const area = memoryArea();
    const root = mountAi(db, area, <AiSettings />);
    const key = await field<HTMLInputElement>(root, '#ai-key');
    expect(key.type).toBe('password');
    fill(key, 'sk-ant-typed-secret');
    await waitFor(() => click(root, 'Save key'));
    await waitFor(() =>
      expect(root.querySelector('.settings-status')?.textContent).toBe('Your API key is saved in this browser.'),
    );
    expect(await loadApiKey(area)).toBe('sk-ant-typed-secret');
    expect(key.value).toBe('');
    expect(key.placeholder).toBe('A key is saved (hidden)');
    expect(root.innerHTML).not.toContain('sk-ant-typed-secret');
    expect(await countRows(db, 'settings')).toBe(0);
    click(root, 'Remove key');
    await waitFor(() => expect(root.querySelector('.settings-status')?.textContent).toBe('Your API key was removed.'));
    expect(await loadApiKey(area)).toBeNull();
  });

  it('saves the model, the tone, notes, summaries after import and the API address as they are chosen', async () => {
    const area = memoryArea();
    const root = mountAi(db, area, <AiSettings />);
    expect(textsOf(await field(root, '#ai-model'), 'option')).toEqual([
      'Claude Sonnet 5.5 (balanced)',
      'Claude Haiku 5.5 (fastest, cheapest)',
      'Claude Opus 5.5 (most capable; own key only)',
    ]);
    fill(root.querySelector<HTMLSelectElement>('#ai-model')!, 'claude-haiku-5-5');
    await eventually(async () => expect((await loadAiSettings(area)).model).toBe('claude-haiku-5-5'));
    fill(root.querySelector<HTMLSelectElement>('#ai-tone')!, 'coach');
    const checks = Array.from(root.querySelectorAll<HTMLInputElement>('.ai-check input[type="checkbox"]'));
    expect(checks.map((c) => c.parentElement!.textContent)).toEqual([
      'Use AI insights',
      'Include my session titles, notes and reflections',
      'Summarise each new session after import',
    ]);
    checks[1]!.click();
    checks[2]!.click();
    const address = root.querySelector<HTMLInputElement>('#ai-base-url')!;
    address.value = 'http://127.0.0.1:8787';
    address.dispatchEvent(new Event('change', { bubbles: true }));
    await eventually(async () =>
      expect(await loadAiSettings(area)).toMatchObject({
        model: 'claude-haiku-5-5',
        tone: 'coach',
        allowNotes: true,
        // A choice made here answers the question about notes: a summary will not ask it.
        notesAnswered: true,
        autoSummary: true,
        baseUrl: 'http://127.0.0.1:8787',
      }),
    );
  });

  it('switches AI off entirely: the Insights view then only says where to turn it on', async () => {
    const area = memoryArea();
    const root = mountAi(db, area, <AiSettings />);
    const on = await field<HTMLInputElement>(root, '.ai-check input[type="checkbox"]');
    on.click();
    await eventually(async () => expect((await loadAiSettings(area)).enabled).toBe(true));
    // Agreeing happens on the consent screen; here it is recorded directly.
    await area.set('ai.settings', { ...(await loadAiSettings(area)), consent: { at: NOW, version: CONSENT_VERSION } });
    const insights = mountAi(db, area, <InsightsView onOpenSession={() => undefined} />);
    await waitFor(() => expect(insights.querySelector('.ai-chat')).not.toBeNull());
    root.querySelector<HTMLInputElement>('.ai-check input[type="checkbox"]')!.click();
    await waitFor(() =>
      expect(root.querySelector('.settings-status')?.textContent).toBe('AI insights are off: nothing is sent.'),
    );
    await waitFor(() =>
      expect(textsOf(insights, 'p')).toEqual(['AI insights are switched off. Turn them on in Settings → AI.']),
    );
    expect(insights.querySelector('.ai-chat')).toBeNull();
  });

  it('withdraws the agreement at once: AI off, consent gone, the choice kept with its date', async () => {
    const area = await agreedArea();
    const root = mountAi(db, area, <AiSettings />);
    await waitFor(() =>
      expect(root.textContent).toContain('You agreed to what is sent to api.anthropic.com on Wed, 12 Jun 2024, 12:00;'),
    );
    click(root, 'Withdraw my agreement');

    await waitFor(() =>
      expect(root.querySelector('.settings-status')?.textContent).toBe(
        'Agreement withdrawn: AI is off, and nothing is sent until you agree again.',
      ),
    );
    const settings = await loadAiSettings(area);
    expect([settings.enabled, settings.consent]).toEqual([false, null]);
    expect(await readPrivacyChoices(db)).toEqual([{ what: 'ai-consent', on: false, at: expect.any(Number) }]);
    expect(root.textContent).not.toContain('Withdraw my agreement');
  });
});
