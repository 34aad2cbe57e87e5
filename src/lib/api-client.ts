import { apiBaseUrl } from './config';
import { ApiError } from './api-error';
import { sessionStore } from './session-store';

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Send the session's credentials (default). A 401 on such a call ends the session. */
  authenticated?: boolean;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called when a credentialed request gets 401: the token was revoked or expired. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/**
 * The one HTTP client: Rocket.Chat's REST API under `/api/v1` (or `/api` for a path that starts with "/").
 * Resolves with the parsed JSON (or null for an empty body); throws ApiError for anything else.
 */
export async function apiRequest(path: string, options: RequestOptions = {}): Promise<unknown> {
  const { method = 'GET', query, body, signal, headers = {}, authenticated = true } = options;
  const url = new URL(`${apiBaseUrl()}/api${path.startsWith('/') ? path : `/v1/${path}`}`, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const credentials = authenticated ? sessionStore.get() : null;
  const init: RequestInit = {
    method,
    signal: signal ?? null,
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(credentials ? { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.authToken } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };

  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, null, `Could not reach ${url.host}`);
  }

  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError('invalid-response', response.status, null, `${url.pathname} did not answer with JSON`);
    }
  }
  if (!response.ok) {
    const error = new ApiError(
      'http',
      response.status,
      json,
      `${method} ${url.pathname} failed with ${response.status}`,
      response.headers,
    );
    if (error.isUnauthorized && credentials) unauthorizedListeners.forEach((listener) => listener());
    throw error;
  }
  return json;
}

/** Checks a response against its wire schema; a mismatch is an `invalid-response` ApiError, not a crash later. */
export function parseResponse<T>(
  schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: { message: string } } },
  json: unknown,
  what: string,
): T {
  const result = schema.safeParse(json);
  if (!result.success)
    throw new ApiError('invalid-response', 200, json, `Unexpected answer for ${what}: ${result.error.message}`);
  return result.data;
}
