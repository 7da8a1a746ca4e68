// "Ask about your training" (issue 5): a conversation whose first message
// carries this week's facts; the model reads more through the read-only
// tools, which run here against the local database. Every answer is checked
// against the facts given so far, the tools' results included.
import { useRef, useState } from 'preact/hooks';
import type { Fact } from '../../../shared/analytics';
import type { ChatMessage, SessionRefs } from '../../../shared/ai';
import { giveAiConsent } from '../../ai/ai-choices';
import { maySend } from '../../ai/ai-settings';
import { localTools } from '../../ai/local-tools';
import { questionPrompt } from '../../ai/prompt-for';
import { runConversation } from '../../ai/run-conversation';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useAi } from '../ai-panel/ai-context';
import { AnswerView } from '../ai-panel/AnswerView';
import { ConsentScreen } from '../ai-panel/ConsentScreen';
import { RunControls } from '../ai-panel/RunControls';
import type { AiSettingsState } from '../ai-panel/use-ai-settings';
import { useStreamedRun } from '../ai-panel/use-streamed-run';
import { WhatTheAiSees } from '../ai-panel/WhatTheAiSees';

interface Exchange {
  readonly question: string;
  readonly text: string;
  readonly facts: readonly Fact[];
}

interface Conversation {
  /** The first message as sent: "what the AI sees". */
  readonly firstMessage: string;
  /** Every message so far, tool calls and results included, to send with the next question. */
  readonly messages: readonly ChatMessage[];
  readonly facts: readonly Fact[];
  /** The short session references of the first message, kept for every later tool call. */
  readonly refs: SessionRefs;
}

interface Pending {
  readonly question: string;
  readonly firstMessage: string;
  readonly messages: readonly ChatMessage[];
  readonly facts: readonly Fact[];
  readonly refs: SessionRefs;
}

export interface ChatProps {
  readonly ai: AiSettingsState;
  /** This week, inclusive ISO dates: the facts the first message carries. */
  readonly week: { readonly from: string; readonly to: string };
  readonly onOpenSession: (id: string) => void;
}

export function Chat({ ai: { settings, apiKey }, week, onOpenSession }: ChatProps) {
  const { db } = useServices();
  const { system } = useFormat();
  const { area, connect } = useAi();
  const run = useStreamedRun();
  const input = useRef<HTMLInputElement>(null);
  const [exchanges, setExchanges] = useState<readonly Exchange[]>([]);
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [current, setCurrent] = useState<Pending | null>(null);
  const [consentFor, setConsentFor] = useState<Pending | null>(null);

  const send = (pending: Pending) => {
    if (input.current) input.current.value = '';
    setCurrent(pending);
    const service = connect(settings, apiKey);
    run.start(async (onText, signal) => {
      if ('failure' in service) return { ok: false, failure: service.failure, text: '' };
      const outcome = await runConversation({
        service,
        ledger: db,
        settingsArea: area,
        tone: settings.tone,
        model: settings.model,
        messages: pending.messages,
        runTool: localTools(db, { allowNotes: settings.allowNotes, refs: pending.refs }),
        onText,
        signal,
      });
      if (!outcome.ok) return outcome;
      const facts = [...pending.facts, ...outcome.toolFacts];
      setConversation({ firstMessage: pending.firstMessage, messages: outcome.messages, facts, refs: pending.refs });
      setExchanges((done) => [...done, { question: pending.question, text: outcome.text, facts }]);
      setCurrent(null);
      return { ok: true, text: outcome.text, facts };
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    // Read from the field itself: a submit right after typing may come before the re-render.
    const field = input.current;
    const question = field?.value.trim() ?? '';
    if (field === null || question === '' || run.state.phase === 'streaming') return;
    let pending: Pending;
    if (conversation === null) {
      const prompt = await questionPrompt(db, question, week, { allowNotes: settings.allowNotes, units: system });
      pending = {
        question,
        firstMessage: prompt.message.text,
        messages: [{ role: 'user', content: prompt.message.text }],
        facts: prompt.message.facts,
        refs: prompt.message.refs,
      };
    } else {
      pending = {
        question,
        firstMessage: conversation.firstMessage,
        messages: [...conversation.messages, { role: 'user', content: question }],
        facts: conversation.facts,
        refs: conversation.refs,
      };
    }
    if (maySend(settings)) send(pending);
    else setConsentFor(pending);
  };

  const restart = () => {
    run.stop();
    setConversation(null);
    setExchanges([]);
    setCurrent(null);
  };

  const sees = (message: string) => <WhatTheAiSees tone={settings.tone} message={message} />;
  const inFlight = run.state.phase === 'streaming' || run.state.phase === 'failed' ? run.state : null;
  return (
    <section class="ai-chat" aria-labelledby="ai-chat-title">
      <h3 id="ai-chat-title">Ask about your training</h3>
      <ol class="ai-exchanges">
        {exchanges.map((x, i) => (
          <li key={i}>
            <p class="ai-question">{x.question}</p>
            <AnswerView text={x.text} facts={x.facts} onOpenSession={onOpenSession} />
            {conversation && sees(conversation.firstMessage)}
          </li>
        ))}
        {current && inFlight && (
          <li>
            <p class="ai-question">{current.question}</p>
            {inFlight.text !== '' && <AnswerView text={inFlight.text} facts={null} />}
            <RunControls run={run} />
            {sees(current.firstMessage)}
          </li>
        )}
      </ol>
      {consentFor && (
        <ConsentScreen
          mode={settings.mode}
          baseUrl={settings.baseUrl}
          tone={settings.tone}
          allowNotes={settings.allowNotes}
          message={consentFor.firstMessage}
          onAgree={() => {
            const pending = consentFor;
            setConsentFor(null);
            void giveAiConsent(area, db).then(() => send(pending));
          }}
          onDecline={() => setConsentFor(null)}
        />
      )}
      {/* Hidden, not removed, while consent is asked: a declined question waits in the field. */}
      <form class="ai-ask" hidden={consentFor !== null} onSubmit={(e) => void submit(e)}>
        <label for="ai-question">Your question</label>
        <input id="ai-question" ref={input} type="text" placeholder="How did my long runs go this month?" />
        <button type="submit" class="primary" disabled={run.state.phase === 'streaming'}>
          Ask
        </button>
        {exchanges.length > 0 && (
          <button type="button" onClick={restart}>
            New conversation
          </button>
        )}
      </form>
    </section>
  );
}
