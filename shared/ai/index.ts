// SessionsAI's conversation with the model, in pure TypeScript: the extension
// (own key) and Convex (hosted) build identical requests from it, and the
// panel checks answers with it.
export * from './conversation';
export { systemPrompt } from './system-prompt';
export { AI_TOOLS, FIND_SESSIONS_DEFAULT_LIMIT, FIND_SESSIONS_MAX_LIMIT, MAX_RANGE_DAYS, parseToolCall } from './tools';
export type { DateRange, FindSessionsInput, ParsedToolCall, ToolCall, ToolDefinition, ToolName } from './tools';
export { estimateTokens, FACTS_TOKEN_BUDGET, factsMessage, quotedSection } from './facts-message';
export type { FactsMessage, FactsMessageInput, InsightSubject, QuotedText } from './facts-message';
export { SessionRefs } from './session-refs';
export { keyPoints } from './key-points';
export { messagesRequestBody } from './request-body';
export type { CacheControl, MessagesRequestBody, RequestTool, SystemBlock } from './request-body';
export { verifyAnswer } from './verify-numbers';
export type { AnswerPart } from './verify-numbers';
export { factsDigest } from './facts-digest';
export { failureFromApiError, failureMessage } from './turn-failure';
export type { ApiErrorInfo } from './turn-failure';
export * from './models';
