import { describe, expect, it } from 'vitest';
import { saveRecord, type SessionsDb } from '../../../db';
import { plantRows } from '../../../db/test-support/tables';
import { useFreshDb } from '../../test-support/fresh-db';
import { waitFor } from '../../test-support/render';
import { knownSession, storedRow } from '../../test-support/sessions';
import { mountSettings } from '../settings-test-support';
import { anthropicWords } from './where-stored';
import { DEFAULT_AI_SETTINGS } from '../../../ai/ai-settings';

let db: SessionsDb;
useFreshDb((fresh) => {
  db = fresh;
});

const places = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.your-data-place'), (li) => ({
    title: li.querySelector('h3')?.textContent,
    what: li.querySelector('p')?.textContent,
  }));

describe('Your data', () => {
  it('says what is stored where, with counts from this browser', async () => {
    await plantRows(db, 'sessions', [storedRow(knownSession('a')), storedRow(knownSession('b', 1))]);
    await saveRecord(db, 'wellness', { id: '2024-06-11', date: '2024-06-11', restingHr: 48 });
    const root = mountSettings(db);
    await waitFor(() =>
      expect(places(root)).toEqual([
        {
          title: 'This browser',
          what: '2 sessions, 0 original files, 1 wellness day, 0 planned sessions, 0 notes; your thresholds, settings and kept AI answers; your AI settings, and your API key if you saved one.',
        },
        {
          title: "SessionsAI's servers",
          what: 'Nothing: This copy of SessionsAI was built without SessionsAI accounts, so the hosted assistant is unavailable: use your own Anthropic key instead.',
        },
        { title: 'Anthropic (the AI)', what: 'Nothing: AI is off.' },
        {
          title: 'Stripe (billing)',
          what: 'Only if you subscribe to Pro: your payment details and subscription, kept by Stripe. SessionsAI never sees your card.',
        },
      ]),
    );
  });

  it('puts each right beside its place as a link to the section that does it, each present on the page', async () => {
    const root = mountSettings(db);
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('.your-data a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Export all of it', '#export-title'],
      ['Erase it from this browser', '#erase-title'],
      ['Sign in, sign out or delete your account', '#account-title'],
      ['Choose whether AI is on and what it may see', '#ai-settings-title'],
      ['Manage billing', '#plan-title'],
    ]);
    for (const a of links)
      await waitFor(() => expect(root.querySelector(a.getAttribute('href')!), a.textContent!).not.toBeNull());
  });
});

describe('anthropicWords', () => {
  it('names the way the facts go, and whether notes go with them', () => {
    const on = { ...DEFAULT_AI_SETTINGS, enabled: true };
    expect(anthropicWords(on)).toBe(
      'When you ask: the facts computed from the training you ask about; never samples or GPS positions, sent from this browser with your own API key.',
    );
    expect(anthropicWords({ ...on, mode: 'hosted', allowNotes: true })).toBe(
      "When you ask: the facts computed from the training you ask about, with titles and notes; never samples or GPS positions, through SessionsAI's server.",
    );
  });
});
