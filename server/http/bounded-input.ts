import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { meteorError } from './api-error.ts';

/**
 * Limits on what a request may carry (a deliberate difference from Rocket.Chat, listed in the README). Without
 * them an anonymous visitor could store a 200 MB token, take the server to gigabytes of memory with a few parallel
 * uploads, or send 100,000 custom-field entries in one call.
 */
export const LIMITS = {
  /** Bytes of a request body; a larger one is refused with 413 before it is read (Content-Length) or past 1 MiB (chunked). */
  bodyBytes: 1024 * 1024,
  /** Characters of any one string in a body. */
  stringLength: 10_000,
  /** Items of any one array, keys of any one object. */
  items: 200,
  /** Levels of nesting (Rocket.Chat's bodies need four or five). */
  depth: 20,
} as const;

export const PAYLOAD_TOO_LARGE = { success: false, error: 'Payload Too Large' } as const;

/** Hono's body limit, streaming: a chunked body is counted as it arrives and never held past the limit. */
const limitBody = bodyLimit({
  maxSize: LIMITS.bodyBytes,
  // The rest of the body is never read, so the connection cannot carry another request: say so, and close it.
  onError: (c) => c.json(PAYLOAD_TOO_LARGE, 413, { connection: 'close' }),
});

/**
 * The limit, on the requests whose body is read. A GET's or HEAD's body never is, and asking for it makes the Node
 * adapter build a whole `Request` with its `AbortSignal`: a fifth of the CPU of every lookup.
 */
export const boundedBody: MiddlewareHandler = (c, next) =>
  c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next);

const tooLarge = (what: string) =>
  meteorError(
    'error-input-too-large',
    `${what} [limits: ${LIMITS.stringLength} characters, ${LIMITS.items} items, ${LIMITS.depth} levels]`,
  );

/**
 * Checks a parsed body against the limits. The walk stops one level past the depth limit, so a value nested
 * 10,000 deep costs 21 calls, never a stack overflow.
 */
export function checkBounds(value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    if (value.length > LIMITS.stringLength) throw tooLarge('A string is too long');
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth >= LIMITS.depth) throw tooLarge('The body is nested too deeply');
  const entries = Array.isArray(value) ? value : Object.keys(value);
  if (entries.length > LIMITS.items) throw tooLarge('A list has too many items');
  if (Array.isArray(value)) for (const item of value) checkBounds(item, depth + 1);
  else
    for (const [key, item] of Object.entries(value)) {
      if (key.length > LIMITS.stringLength) throw tooLarge('A string is too long');
      checkBounds(item, depth + 1);
    }
}
