import { Hono } from 'hono';
import type { Db } from './db/open.ts';
import type { Profile } from './profile.ts';
import { createApi, toErrorResponse } from './http/api.ts';
import { ApiError } from './http/api-error.ts';
import { boundedBody } from './http/bounded-input.ts';
import { createRateLimiter } from './http/rate-limit.ts';
import { createLoginAttempts } from './domain/login-attempts.ts';
import { DEFAULT_PASSWORD_COST } from './domain/credentials.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerInfoRoutes } from './routes/info.ts';
import { registerPermissionRoutes } from './routes/permissions.ts';
import { registerUserRoutes } from './routes/users.ts';
import { registerLivechatUserRoutes } from './routes/livechat-users.ts';
import { registerCustomFieldRoutes } from './routes/custom-fields.ts';
import { registerLegacyContactRoutes } from './routes/legacy-contacts.ts';
import { registerContactRoutes } from './routes/contacts.ts';
import { registerLivechatAgentRoutes } from './routes/livechat-agents.ts';
import { registerLivechatVisitorRoutes } from './routes/livechat-visitor.ts';
import { registerLivechatRoomRoutes } from './routes/livechat-rooms.ts';
import { registerLivechatMessageRoutes } from './routes/livechat-messages.ts';
import { registerSettingRoutes } from './routes/settings.ts';
import { registerVisitorInfoRoutes } from './routes/livechat-visitor-info.ts';
import { registerLivechatVisitorsSearchRoutes } from './routes/livechat-visitors-search.ts';

export interface AppOptions {
  db: Db;
  profile: Profile;
  siteUrl: string;
  /** Where unexpected errors are reported; silent in tests. */
  log?: (message: string) => void;
  /**
   * Rocket.Chat's `TEST_MODE`: any value turns the REST rate limiter off (ApiClass.ts `shouldAddRateLimitToRoute`).
   * Failed-login blocking stays on whatever it says.
   */
  testMode?: boolean;
  /**
   * scrypt's cost for password hashes (credentials.ts), the production default unless given: test servers pass a
   * lower one explicitly (TEST_MODE alone never changes it).
   */
  passwordCost?: number;
}

export function createApp({
  db,
  profile,
  siteUrl,
  log,
  testMode = Boolean(process.env.TEST_MODE),
  passwordCost = DEFAULT_PASSWORD_COST,
}: AppOptions): Hono {
  const app = new Hono();
  // Before every route, the visitor endpoints that need no login included.
  app.use(boundedBody);
  const deps = {
    db,
    profile,
    siteUrl,
    loginAttempts: createLoginAttempts(),
    passwordCost,
    ...(testMode ? {} : { rateLimit: createRateLimiter() }),
  };
  const api = createApi(app, deps);

  registerInfoRoutes(app, deps);
  registerAuthRoutes(api);
  registerPermissionRoutes(api);
  registerUserRoutes(api);
  registerLivechatUserRoutes(api);
  registerLivechatAgentRoutes(api);
  registerLegacyContactRoutes(api);
  registerLivechatVisitorRoutes(api, { contacts: profile.major >= 7, requiredCustomFields: profile.major >= 7 });
  registerLivechatRoomRoutes(api);
  registerLivechatMessageRoutes(api);
  registerSettingRoutes(api);
  registerVisitorInfoRoutes(api);
  registerLivechatVisitorsSearchRoutes(api);
  registerCustomFieldRoutes(api, profile);
  // Contact profiles arrived in 7.1 (PR #32727); a 6.x server does not know these routes.
  if (profile.major >= 7) registerContactRoutes(api);

  // Restivus's answer for a route it does not have (RocketChat/Rocket.Chat#19354; the 404 "Resource not found"
  // variant of PR #24053 was reverted by #24118).
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ status: 'error', message: 'API endpoint does not exist' }, 404)
      : c.text('Not Found', 404),
  );

  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    if (error instanceof ApiError) for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    // Rocket.Chat's libraries report business errors as plain `Error`s; a 5xx points at a fault worth logging,
    // once, here (the client gets no internal text).
    if (status >= 500) log?.(`${c.req.method} ${c.req.path}: ${String(error)}`);
    return c.json(body, status as 400);
  });
  return app;
}
