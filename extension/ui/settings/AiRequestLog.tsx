// "AI requests": every request this browser sent to a model (the AI ledger,
// db/ai-ledger.ts), newest first. Each opens to the exact messages sent, tool
// results included; the record can be erased on its own, after asking once.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../../shared/ai';
import { eraseAiRequests, listAiRequests, type AiRequestRow } from '../../db';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';

export function AiRequestLog() {
  const { db } = useServices();
  const format = useFormat();
  const requests = useLiveQuery(() => listAiRequests(db), [db]);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const rows = requests.value ?? [];

  const erase = async () => {
    await eraseAiRequests(db);
    setConfirming(false);
    setStatus('The record of AI requests was erased.');
  };

  return (
    <section class="settings-section ai-request-log" aria-labelledby="ai-requests-title">
      <h2 id="ai-requests-title">AI requests</h2>
      <p class="settings-note">
        Every request this browser sent to an AI model: when, where to, the model, exactly what was sent and the tokens
        used. Kept in this browser only.
      </p>
      {requests.value !== undefined && rows.length === 0 && <p>No request has been sent.</p>}
      <ol class="ai-request-list">
        {rows.map((row) => (
          <li key={row.id}>
            <details>
              <summary>{requestLine(row, format)}</summary>
              {row.failure !== null && <p>Not answered: {row.failure}</p>}
              {row.messages.map((message, i) => (
                <div key={i} class="ai-request-message">
                  <h4>{message.role === 'user' ? 'Sent' : 'The model’s earlier reply, sent back'}</h4>
                  <pre>{messageText(message)}</pre>
                </div>
              ))}
            </details>
          </li>
        ))}
      </ol>
      {rows.length > 0 && (
        <div class="form-actions">
          <button type="button" ref={opener} disabled={confirming} onClick={() => setConfirming(true)}>
            Erase the record of AI requests
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmErase
          count={counted(rows.length, 'AI request', 'AI requests', format.number)}
          onErase={() => void erase()}
          onCancel={() => {
            setConfirming(false);
            // Focus goes back where it was, once the button is enabled again.
            setTimeout(() => opener.current?.focus());
          }}
        />
      )}
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** Asks once; the safe choice has the focus, and Escape cancels. */
function ConfirmErase({ count, onErase, onCancel }: { count: string; onErase: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="form-actions"
      role="alertdialog"
      aria-labelledby="ai-requests-erase-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="ai-requests-erase-question">Erase the record of {count}? It cannot be undone.</p>
      <button type="button" class="danger" onClick={onErase}>
        Erase
      </button>
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function requestLine(row: AiRequestRow, format: ReturnType<typeof useFormat>): string {
  const tokens =
    row.usage === null
      ? 'no tokens reported'
      : `${format.number(row.usage.inputTokens)} tokens in, ${format.number(row.usage.outputTokens)} out`;
  return `${format.dateTime(row.at, null)} · ${row.host} · ${row.model} · ${tokens}`;
}

/** A message as sent: its text, each tool call and each tool result written out. */
function messageText(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content
    .map((block) => {
      if (block.type === 'text') return block.text;
      if (block.type === 'tool_use') return `Look-up ${block.name} ${JSON.stringify(block.input)}`;
      return `Result of the look-up${block.is_error ? ' (an error)' : ''}:\n${block.content}`;
    })
    .join('\n\n');
}
