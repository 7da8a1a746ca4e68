// Asked once, before anything is sent (issue 5, "Private by default"): where
// the data goes (the host, by name), what never goes, what the look-ups may
// send later in the conversation, and the exact prompt about to be sent.
// Nothing is sent unless the athlete presses "Agree and send".
import { apiHost } from '../../ai/api-address';
import { useEffect, useRef } from 'preact/hooks';
import type { Tone } from '../../../shared/ai';
import { cloudConfig, serverHost } from '../../account/cloud-config';
import type { AiMode } from '../../ai/ai-settings';
import { LOOK_UP_RESULTS } from '../../ai/local-tools';
import { WhatTheAiSees } from './WhatTheAiSees';

export interface ConsentScreenProps {
  readonly mode: AiMode;
  readonly tone: Tone;
  readonly allowNotes: boolean;
  /** Own-key mode's API address (null: Anthropic's), so the screen names the host that receives the data. */
  readonly baseUrl?: string | null;
  /** The first message that would be sent now. */
  readonly message: string;
  readonly onAgree: () => void;
  readonly onDecline: () => void;
}

export function ConsentScreen({
  mode,
  tone,
  allowNotes,
  baseUrl = null,
  message,
  onAgree,
  onDecline,
}: ConsentScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="ai-consent" aria-labelledby="ai-consent-title">
      <h3 id="ai-consent-title" ref={heading} tabIndex={-1}>
        Before anything is sent
      </h3>
      <ul>
        <li>
          {mode === 'own-key'
            ? `This goes from your browser to ${apiHost(baseUrl)}, with your own API key.`
            : `This goes to the SessionsAI server${hostedServer()}, which asks Anthropic with its key.`}
        </li>
        <li>Only the summary numbers below are sent: never your GPS positions or raw samples.</li>
        <li>
          {allowNotes
            ? 'Your session titles, notes and reflections are included (you can turn this off in Settings).'
            : 'Your session titles, notes and reflections stay on this device.'}
        </li>
        <li>
          The AI can only read your training through the look-ups listed below; it cannot change anything. Later in the
          conversation it may be sent what they find:
          <ul class="ai-consent-lookups">
            {Object.entries(LOOK_UP_RESULTS).map(([tool, holds]) => (
              <li key={tool}>{holds}</li>
            ))}
          </ul>
          {allowNotes
            ? 'with titles, notes and plan labels quoted as your words.'
            : 'never titles, notes or plan labels.'}
        </li>
      </ul>
      <WhatTheAiSees tone={tone} message={message} open />
      <div class="ai-actions">
        <button type="button" class="primary" onClick={onAgree}>
          Agree and send
        </button>
        <button type="button" onClick={onDecline}>
          Not now
        </button>
      </div>
    </section>
  );
}

/** " (host)" of the server this build talks to, or nothing in a build without accounts. */
function hostedServer(): string {
  const config = cloudConfig();
  return config.available ? ` (${serverHost(config)})` : '';
}
