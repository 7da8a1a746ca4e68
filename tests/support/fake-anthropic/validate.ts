// The checks the real API makes that a client bug would trip, each answered
// as it answers them: 400 invalid_request_error
// (https://docs.anthropic.com/en/api/errors). Tool pairing as the tool-use
// guide states it: every tool_use is answered by a tool_result in the next
// user message, and every tool_result answers a tool_use of the message before
// (https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use).

type Json = Record<string, unknown>;

export type CheckedRequest =
  | { readonly ok: true; readonly body: Json; readonly model: string; readonly stream: boolean }
  | { readonly ok: false; readonly problem: string };

/** The request body, or what is wrong with it in the API's words. */
export function checkRequest(body: unknown): CheckedRequest {
  if (!isObject(body)) return { ok: false, problem: 'The body must be a JSON object.' };
  const model = body.model;
  if (typeof model !== 'string') return { ok: false, problem: 'model: Field required' };
  const problem = messagesProblem(body);
  return problem === null ? { ok: true, body, model, stream: body.stream === true } : { ok: false, problem };
}

function messagesProblem(body: Json): string | null {
  if (!Number.isInteger(body.max_tokens) || (body.max_tokens as number) < 1) return 'max_tokens: Field required';
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'messages: at least one message is required';
  for (let i = 0; i < messages.length; i++) {
    const message: unknown = messages[i];
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant'))
      return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    const asked = idsOf(messages[i - 1], 'assistant', 'tool_use', 'id');
    const answered = idsOf(message, 'user', 'tool_result', 'tool_use_id');
    const unexpected = answered.filter((id) => !asked.includes(id));
    if (unexpected.length > 0) {
      return `messages.${i}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${unexpected.join(', ')}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
    }
    const unanswered = asked.filter((id) => !answered.includes(id));
    if (unanswered.length > 0) {
      return `messages.${i}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${unanswered.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
    }
  }
  const last = idsOf(messages[messages.length - 1], 'assistant', 'tool_use', 'id');
  if (last.length > 0)
    return `messages: the last message asks for tools (${last.join(', ')}) and must be followed by their results.`;
  return null;
}

function idsOf(message: unknown, role: string, type: string, field: string): string[] {
  if (!isObject(message) || message.role !== role || !Array.isArray(message.content)) return [];
  return message.content.flatMap((b: unknown) =>
    isObject(b) && b.type === type && typeof b[field] === 'string' ? [b[field] as string] : [],
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
