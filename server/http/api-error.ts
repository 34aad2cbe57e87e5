/**
 * Every failure a route produces is an ApiError carrying Rocket.Chat's exact status and body.
 * Helpers mirror Rocket.Chat's `API.v1.failure/notFound/forbidden` and Meteor.Error formatting
 * (apps/meteor/app/api/server/ApiClass.ts), so routes never build envelopes by hand.
 */
export type JsonBody = Record<string, unknown>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonBody,
    /** Response headers that go with the error (the rate limiter's). */
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
  }
}

/** `API.v1.failure(msg, errorType?)`; a plain `Error('x')` thrown in an action has no errorType. */
export function failure(message: string, errorType?: string): ApiError {
  return new ApiError(
    400,
    errorType ? { success: false, error: message, errorType } : { success: false, error: message },
  );
}

/** A `Meteor.Error(code, reason?, details?)` thrown in an action: "<reason> [<code>]" plus errorType. */
export function meteorError(code: string, reason?: string, details?: JsonBody): ApiError {
  const body: JsonBody = { success: false, error: reason ? `${reason} [${code}]` : `[${code}]`, errorType: code };
  if (details) body.details = details;
  return new ApiError(400, body);
}

export function notFound(message = 'Resource not found'): ApiError {
  return new ApiError(404, { success: false, error: message });
}

/** `API.v1.forbidden()`: before 8.0 its default text is literally "unauthorized". */
export function forbidden(message = 'unauthorized'): ApiError {
  return new ApiError(403, { success: false, error: message });
}

export function permissionDenied(): ApiError {
  return new ApiError(403, {
    success: false,
    error: 'User does not have the permissions required for this action [error-unauthorized]',
  });
}
