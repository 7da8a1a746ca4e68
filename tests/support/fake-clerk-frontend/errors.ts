// Clerk's Frontend API errors, in its shape and words: clerk-js throws a
// ClerkAPIResponseError carrying `errors` (code, message, longMessage,
// meta.paramName) and the status, and its sign-in UI shows longMessage.
type Meta = { param_name: string } | undefined;

export class ClerkFapiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly longMessage: string,
    readonly meta?: Meta,
  ) {
    super(message);
  }
}

export const identifierNotFound = () =>
  new ClerkFapiError(422, 'form_identifier_not_found', "Couldn't find your account.", "Couldn't find your account.", {
    param_name: 'identifier',
  });
export const passwordIncorrect = () =>
  new ClerkFapiError(
    422,
    'form_password_incorrect',
    'Password is incorrect. Try again, or use another method.',
    'Password is incorrect. Try again, or use another method.',
    { param_name: 'password' },
  );
export const codeIncorrect = () =>
  new ClerkFapiError(422, 'form_code_incorrect', 'is incorrect', 'Incorrect code', { param_name: 'code' });
export const verificationExpired = () =>
  new ClerkFapiError(400, 'verification_expired', 'Expired', 'This verification has expired. Start again.');
export const strategyInvalid = (strategy: string) =>
  new ClerkFapiError(
    422,
    'strategy_for_user_invalid',
    'Invalid verification strategy',
    `The fake does not offer ${strategy}.`,
    {
      param_name: 'strategy',
    },
  );
export const paramMissing = (name: string) =>
  new ClerkFapiError(422, 'form_param_missing', 'is missing', `${name} must be included.`, { param_name: name });
export const notFound = (what: string) =>
  new ClerkFapiError(404, 'resource_not_found', 'not found', `${what} was not found.`);
export const signedOut = () => new ClerkFapiError(401, 'signed_out', 'Signed out', 'You are signed out.');
export const devBrowserUnauthenticated = () =>
  new ClerkFapiError(
    401,
    'dev_browser_unauthenticated',
    'Browser unauthenticated',
    'Unable to authenticate this browser for your development instance.',
  );

export function errorResponse(error: ClerkFapiError, traceId: string): Response {
  return Response.json(
    {
      errors: [{ code: error.code, message: error.message, long_message: error.longMessage, meta: error.meta ?? {} }],
      clerk_trace_id: traceId,
    },
    { status: error.status },
  );
}
