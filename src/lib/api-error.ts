/**
 * The one error type of the app's data layer. Classified by HTTP status (never by message text);
 * `serverMessage` keeps Rocket.Chat's own words for showing to the person.
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly body: unknown;
  /** Rocket.Chat's `errorType` or, for login errors, its `error` code. */
  readonly errorType: string | undefined;
  readonly serverMessage: string | undefined;
  /** For a 429: when Rocket.Chat's rate-limit window closes (epoch ms, its `X-RateLimit-Reset` header). */
  readonly retryAt: number | undefined;

  constructor(kind: ApiErrorKind, status: number, body: unknown, description: string, headers?: Headers) {
    super(description);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.body = body;
    const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
    this.errorType = text(fields.errorType) ?? text(fields.error);
    this.serverMessage = text(fields.error) ?? text(fields.message);
    const reset = Number(headers?.get('X-RateLimit-Reset'));
    this.retryAt = status === 429 && reset > 0 ? reset : undefined;
  }

  /** Rocket.Chat's REST rate limiter refused the call (10 a minute per route, by default). */
  get isRateLimited(): boolean {
    return this.kind === 'http' && this.status === 429;
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }

  get isForbidden(): boolean {
    return this.kind === 'http' && this.status === 403;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }

  /** Worth retrying: the request may not have reached the server, or the server failed. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status >= 500);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
