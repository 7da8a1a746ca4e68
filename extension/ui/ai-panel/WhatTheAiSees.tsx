// Exactly what goes to the model (issue 5, "what the AI sees"): the system
// prompt as rendered for the athlete's tone, the first message with its
// facts, and the read-only tools the model may call. The consent screen shows
// it open; beside every answer it is one click away.
import { AI_TOOLS, systemPrompt, type Tone } from '../../../shared/ai';

export interface WhatTheAiSeesProps {
  readonly tone: Tone;
  /** The first message's text, as sent. */
  readonly message: string;
  readonly open?: boolean;
}

export function WhatTheAiSees({ tone, message, open = false }: WhatTheAiSeesProps) {
  return (
    <details class="ai-sees" open={open}>
      <summary>What the AI sees</summary>
      <h4>Instructions</h4>
      <pre class="ai-sees-system">{systemPrompt(tone)}</pre>
      <h4>Your data</h4>
      <pre class="ai-sees-message">{message}</pre>
      <h4>What it may look up (read-only, never your routes)</h4>
      <ul class="ai-sees-tools">
        {AI_TOOLS.map((tool) => (
          <li key={tool.name}>
            <code>{tool.name}</code>: {tool.description}
          </li>
        ))}
      </ul>
    </details>
  );
}
