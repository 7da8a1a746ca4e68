import type { RequestLimits } from '../billing/config';
import type { ChatMessageWire } from './turnFields';

// The size of one hosted request, checked before anything is charged or sent:
// whatever the plan, the server's key answers training questions, not any
// prompt of any length.

const NEW_CHAT = 'Start a new chat, or use your own key in Settings → AI.';

/** Why the request is refused, in words the panel shows as they are; null when it is within the limits. */
export function requestTooLarge(messages: readonly ChatMessageWire[], limits: RequestLimits): string | null {
  if (messages.length > limits.maxMessages) {
    return `This chat has ${messages.length} messages; the hosted assistant takes at most ${limits.maxMessages}. ${NEW_CHAT}`;
  }
  const toolRounds = messages.filter(
    (m) => m.role === 'assistant' && typeof m.content !== 'string' && m.content.some((b) => b.type === 'tool_use'),
  ).length;
  if (toolRounds > limits.maxToolRounds) {
    return (
      `This question needed ${toolRounds} rounds of looking up your data; ` +
      `the hosted assistant allows ${limits.maxToolRounds}. ` +
      'Ask something narrower, or use your own key in Settings → AI.'
    );
  }
  const characters = messages.reduce((sum, m) => sum + charactersIn(m), 0);
  if (characters > limits.maxCharacters) {
    const count = (n: number) => n.toLocaleString('en-US');
    return (
      `This chat is ${count(characters)} characters long; ` +
      `the hosted assistant takes at most ${count(limits.maxCharacters)}. ${NEW_CHAT}`
    );
  }
  return null;
}

function charactersIn(message: ChatMessageWire): number {
  if (typeof message.content === 'string') return message.content.length;
  return message.content.reduce((sum, block) => {
    if (block.type === 'text') return sum + block.text.length;
    if (block.type === 'tool_use') return sum + block.name.length + block.inputJson.length;
    return sum + block.content.length;
  }, 0);
}
