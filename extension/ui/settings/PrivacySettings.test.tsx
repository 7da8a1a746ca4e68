// Settings → "Your choices" and "AI requests": pausing sync is kept with its
// date, and the record of AI requests lists each one newest first, opens to
// exactly what was sent, and is erased only after asking once.
import { describe, expect, it } from 'vitest';
import { listAiRequests, readPrivacyChoices, recordAiRequest, syncPaused, type SessionsDb } from '../../db';
import { useFreshDbOn } from '../test-support/fresh-db';
import { byText, textsOf, waitFor } from '../test-support/render';
import { eventually } from '../insights/insights-test-support';
import { mountSettings } from './settings-test-support';

const NOW = Date.UTC(2024, 5, 12, 12);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

function button(root: ParentNode, label: string): HTMLButtonElement {
  return byText(root, label, 'button') as HTMLButtonElement;
}

describe('Your choices', () => {
  it('pauses sync at once and lists the choice with its date', async () => {
    const root = mountSettings(db);
    const pause = await waitFor(() => byText(root, 'Pause sync', 'label').querySelector('input')!);

    pause.click();

    await eventually(async () => expect(await syncPaused(db)).toBe(true));
    expect(await readPrivacyChoices(db)).toEqual([{ what: 'sync', on: false, at: expect.any(Number) }]);
    await waitFor(() => expect(textsOf(root, '.privacy-history li')).toEqual(['Wed, 12 Jun 2024, 12:00: Sync paused']));
    expect(root.textContent).toContain('Sync is paused: nothing more is sent to your account.');
  });
});

describe('AI requests', () => {
  it('lists each request newest first with host, model and tokens, and opens to the exact messages', async () => {
    const base = {
      service: 'own-key',
      host: 'api.anthropic.com',
      tone: 'plain',
      failure: null,
    } as const;
    await recordAiRequest(db, {
      ...base,
      at: NOW - 3_600_000,
      model: 'claude-sonnet-5-5',
      messages: [{ role: 'user', content: 'How was my week?' }],
      usage: { inputTokens: 1830, outputTokens: 41, cacheReadTokens: 0, cacheWriteTokens: 0 },
    });
    await recordAiRequest(db, {
      ...base,
      at: NOW,
      model: 'claude-haiku-5-5',
      messages: [
        { role: 'user', content: 'How was my week?' },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 't1', name: 'get_fitness', input: { to: '2024-06-12' } }],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: '{"days":[]}' }] },
      ],
      usage: null,
    });
    const root = mountSettings(db);

    await waitFor(() =>
      expect(textsOf(root, '.ai-request-list summary')).toEqual([
        'Wed, 12 Jun 2024, 12:00 · api.anthropic.com · claude-haiku-5-5 · no tokens reported',
        'Wed, 12 Jun 2024, 11:00 · api.anthropic.com · claude-sonnet-5-5 · 1,830 tokens in, 41 out',
      ]),
    );
    const newest = root.querySelector('.ai-request-list li')!;
    expect(textsOf(newest, 'pre')).toEqual([
      'How was my week?',
      'Look-up get_fitness {"to":"2024-06-12"}',
      'Result of the look-up:\n{"days":[]}',
    ]);
  });

  it('erases the record only after asking once; Escape keeps it', async () => {
    await recordAiRequest(db, {
      at: NOW,
      service: 'hosted',
      host: 'happy-otter-123.convex.cloud',
      model: 'claude-haiku-5-5',
      tone: 'plain',
      messages: [{ role: 'user', content: 'How was my week?' }],
      usage: { inputTokens: 900, outputTokens: 20, cacheReadTokens: 0, cacheWriteTokens: 0 },
      failure: null,
    });
    const root = mountSettings(db);
    await waitFor(() => button(root, 'Erase the record of AI requests')).then((b) => b.click());

    const question = await waitFor(
      () => root.querySelector<HTMLElement>('[aria-labelledby="ai-requests-erase-question"]')!,
    );
    expect(question.textContent).toContain('Erase the record of 1 AI request? It cannot be undone.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    question.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(root.querySelector('[aria-labelledby="ai-requests-erase-question"]')).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Erase the record of AI requests'));
    expect(await listAiRequests(db)).toHaveLength(1);

    button(root, 'Erase the record of AI requests').click();
    await waitFor(() => button(root, 'Erase')).then((b) => b.click());
    await waitFor(() => expect(root.textContent).toContain('The record of AI requests was erased.'));
    expect(await listAiRequests(db)).toEqual([]);
    expect(root.textContent).toContain('No request has been sent.');
  });
});
