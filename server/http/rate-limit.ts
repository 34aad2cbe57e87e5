import { ApiError } from './api-error.ts';

/**
 * Rocket.Chat's REST rate limiter (apps/meteor/app/api/server/ApiClass.ts `enforceRateLimit`, settings
 * `API_Enable_Rate_Limiter_Limit_Calls_Default` = 10 and `API_Enable_Rate_Limiter_Limit_Time_Default` = 60000):
 * every route and method has its own counter per client address, as Meteor's RateLimiter counts: the window opens
 * at the first call and the 11th call within it is refused with 429 until it closes. Holders of
 * `api-bypass-rate-limit` (admin, by default) are not counted. Rocket.Chat's own test runs set `TEST_MODE`, which
 * registers no limiter at all; so do this project's.
 */
export const RATE_LIMIT = { calls: 10, intervalMs: 60_000 } as const;

interface Window {
  startedAt: number;
  count: number;
}

export interface RateLimitResult {
  headers: Record<string, string>;
}

export function createRateLimiter(now: () => number = Date.now) {
  const windows = new Map<string, Window>();

  function sweep(at: number): void {
    for (const [key, window] of windows) if (at - window.startedAt >= RATE_LIMIT.intervalMs) windows.delete(key);
  }

  /** Counts one call of `route` from `address`; throws Rocket.Chat's 429 past the limit. Returns the headers to send. */
  return function enforce(route: string, address: string): RateLimitResult {
    const at = now();
    if (windows.size > 10_000) sweep(at);
    const key = `${address} ${route}`;
    let window = windows.get(key);
    if (!window || at - window.startedAt >= RATE_LIMIT.intervalMs) {
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    const timeToReset = window.startedAt + RATE_LIMIT.intervalMs - at;
    const headers = {
      'X-RateLimit-Limit': String(RATE_LIMIT.calls),
      'X-RateLimit-Remaining': String(Math.max(RATE_LIMIT.calls - window.count, 0)),
      'X-RateLimit-Reset': String(at + timeToReset),
    };
    if (window.count > RATE_LIMIT.calls) {
      const seconds = Math.ceil(timeToReset / 1000);
      // A Meteor.Error('error-too-many-requests', reason) answered through `API.v1.tooManyRequests(e.message)`.
      throw new ApiError(
        429,
        {
          success: false,
          error: `Error, too many requests. Please slow down. You must wait ${seconds} seconds before trying this endpoint again. [error-too-many-requests]`,
        },
        headers,
      );
    }
    return { headers };
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
