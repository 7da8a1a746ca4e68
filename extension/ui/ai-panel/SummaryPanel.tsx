// A summary of one subject (a session, a week): the kept answer if there is
// one (marked stale with Regenerate when its facts or model changed), else a
// button to ask; the consent screen first if the athlete has not agreed yet;
// then the answer streaming in, with Stop, Retry and "what the AI sees".
import { useEffect, useState } from 'preact/hooks';
import { giveAiConsent } from '../../ai/ai-choices';
import { maySend, saveAiSettings, switchedOff, type AiSettings } from '../../ai/ai-settings';
import { isStale, readCachedAnswer } from '../../ai/insight-cache';
import type { InsightPrompt } from '../../ai/prompt-for';
import { promptDigest, summarise } from '../../ai/summarise';
import type { SessionsDb } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { useAi } from './ai-context';
import { AnswerView } from './AnswerView';
import { ConsentScreen } from './ConsentScreen';
import { NotesQuestion, shouldAskAboutNotes } from './NotesQuestion';
import { RunControls } from './RunControls';
import { useAiSettings } from './use-ai-settings';
import { useStreamedRun } from './use-streamed-run';
import { WhatTheAiSees } from './WhatTheAiSees';

export interface SummaryPanelProps {
  /** 'session:<id>', 'week:<monday>': where the answer is kept. */
  readonly subjectKey: string;
  /** Builds the prompt from the database; re-run when the database changes, so a stale answer shows at once. Null: no such subject. */
  readonly prompt: (db: SessionsDb, allowNotes: boolean) => Promise<InsightPrompt | null>;
  /** "Summarise this session". */
  readonly askLabel: string;
  /** What the summary is about, in words, for the one question about notes: "this session", "this week". */
  readonly about: string;
  readonly onOpenSession?: (id: string) => void;
}

export function SummaryPanel({ subjectKey, prompt, askLabel, about, onOpenSession }: SummaryPanelProps) {
  const { db } = useServices();
  const ai = useAi();
  const format = useFormat();
  const current = useAiSettings();
  const cached = useLiveQuery(() => readCachedAnswer(db, subjectKey), [db, subjectKey]);
  // Building the prompt reads and analyses past sessions' samples (records), so it
  // waits until there is an answer to check or the athlete asks for one.
  const [wanted, setWanted] = useState(false);
  const needed = wanted || (cached.value !== undefined && cached.value !== null);
  const allowNotes = current?.settings.allowNotes ?? false;
  const built = useLiveQuery(
    () => (needed ? prompt(db, allowNotes) : Promise.resolve(undefined)),
    // The facts state distances and speeds in the athlete's units: a change of units rebuilds them.
    [db, subjectKey, allowNotes, needed, format.system],
  );
  const run = useStreamedRun();
  const [asking, setAsking] = useState(false);
  const [pendingAsk, setPendingAsk] = useState(false);
  const [askingNotes, setAskingNotes] = useState(false);
  const prompted = built.value;

  const send = (settings: AiSettings, apiKey: string | null, ready: InsightPrompt) => {
    const service = ai.connect(settings, apiKey);
    run.start(async (onText, signal) => {
      if ('failure' in service) return { ok: false, failure: service.failure, text: '' };
      // Exactly the prompt on screen (consent and "what the AI sees"); the live query keeps it current.
      return summarise({ db, area: ai.area, service, settings, prompt: ready, onText, signal });
    });
  };
  // An ask waits for the prompt built with the current notes setting; then the
  // athlete is asked once about notes if it could use them, then it is sent,
  // or the consent screen shows it first.
  useEffect(() => {
    if (!pendingAsk || current === undefined || prompted === undefined || prompted === null) return;
    // Built before the notes setting changed: wait for the rebuild.
    if (prompted.athleteText !== 'none' && (prompted.athleteText === 'shared') !== current.settings.allowNotes) return;
    setPendingAsk(false);
    if (shouldAskAboutNotes(prompted.athleteText, current.settings.notesAnswered)) setAskingNotes(true);
    else if (maySend(current.settings)) send(current.settings, current.apiKey, prompted);
    else setAsking(true);
  }, [pendingAsk, current, prompted]);

  if (current === undefined || cached.value === undefined || prompted === null) return null;
  const { settings, apiKey } = current;
  if (switchedOff(settings)) return null;
  const optional = onOpenSession ? { onOpenSession } : {};
  const ask = () => {
    setWanted(true);
    setPendingAsk(true);
  };
  const sees = prompted && <WhatTheAiSees tone={settings.tone} message={prompted.message.text} />;
  const reading = pendingAsk && (
    <p class="ai-meta" aria-live="polite">
      Reading your training…
    </p>
  );

  if (askingNotes)
    return (
      <section class="ai-summary">
        <NotesQuestion
          about={about}
          onAnswer={(share) => {
            setAskingNotes(false);
            void saveAiSettings(ai.area, { allowNotes: share, notesAnswered: true }).then(() => setPendingAsk(true));
          }}
        />
      </section>
    );

  if (asking && prompted)
    return (
      <section class="ai-summary">
        <ConsentScreen
          mode={settings.mode}
          baseUrl={settings.baseUrl}
          tone={settings.tone}
          allowNotes={settings.allowNotes}
          message={prompted.message.text}
          onAgree={() => {
            setAsking(false);
            void giveAiConsent(ai.area, db).then((agreed) => send(agreed, apiKey, prompted));
          }}
          onDecline={() => setAsking(false)}
        />
      </section>
    );

  const { state } = run;
  if (state.phase !== 'idle')
    return (
      <section class="ai-summary" aria-label="AI summary">
        {state.text !== '' && (
          <AnswerView text={state.text} facts={state.phase === 'done' ? state.facts : null} {...optional} />
        )}
        <RunControls run={run} />
        {sees}
      </section>
    );

  const answer = cached.value;
  if (answer === null)
    return (
      <section class="ai-summary" aria-label="AI summary">
        <button type="button" class="primary" disabled={pendingAsk} onClick={ask}>
          {askLabel}
        </button>
        {reading}
      </section>
    );
  const stale =
    prompted !== undefined &&
    isStale(answer, { factsHash: promptDigest(prompted, settings.model), model: settings.model });
  return (
    <section class="ai-summary" aria-label="AI summary">
      {stale && (
        <p class="ai-stale">
          <strong>Out of date:</strong> your data or the chosen model changed since this was written.{' '}
          <button type="button" disabled={pendingAsk} onClick={ask}>
            Regenerate
          </button>
        </p>
      )}
      {reading}
      {/* Numbers are checked once the facts are read. */}
      <AnswerView text={answer.text} facts={prompted?.message.facts ?? null} {...optional} />
      <p class="ai-meta">
        {format.dateTime(answer.createdAt, null)} · {answer.model}
        {answer.usage &&
          ` · ${format.number(answer.usage.inputTokens + answer.usage.cacheReadTokens + answer.usage.cacheWriteTokens)} tokens in, ${format.number(answer.usage.outputTokens)} out`}
      </p>
      {sees}
    </section>
  );
}
