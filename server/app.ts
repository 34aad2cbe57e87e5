import { Hono } from 'hono';
import type { Db } from './db/open.ts';
import type { Profile } from './profile.ts';
import { createApi, toErrorResponse } from './http/api.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerInfoRoutes } from './routes/info.ts';
import { registerPermissionRoutes } from './routes/permissions.ts';
import { registerUserRoutes } from './routes/users.ts';
import { registerLivechatUserRoutes } from './routes/livechat-users.ts';

export interface AppOptions {
  db: Db;
  profile: Profile;
  siteUrl: string;
  /** Where unexpected errors are reported; silent in tests. */
  log?: (message: string) => void;
}

export function createApp({ db, profile, siteUrl, log }: AppOptions): Hono {
  const app = new Hono();
  const deps = { db, profile, siteUrl };
  const api = createApi(app, deps);

  registerInfoRoutes(app, deps);
  registerAuthRoutes(api);
  registerPermissionRoutes(api);
  registerUserRoutes(api);
  registerLivechatUserRoutes(api);

  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500 || !(error instanceof Error && 'body' in error)) log?.(`${c.req.method} ${c.req.path}: ${String(error)}`);
    return c.json(body, status as 400);
  });
  return app;
}
