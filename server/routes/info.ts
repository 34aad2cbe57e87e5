import type { Hono } from 'hono';
import { authenticate, type Deps } from '../http/api.ts';
import { hasPermission } from '../domain/permissions.ts';

/** `GET /api/info` (no `/v1`): anonymous callers get `X.Y`; `view-statistics` adds build details. */
export function registerInfoRoutes(app: Hono, deps: Deps): void {
  app.get('/api/info', (c) => {
    const { version } = deps.profile;
    const minimumClientVersions = { desktop: '3.9.6', mobile: '4.39.0' };
    const user = authenticate(c, deps);
    if (user && hasPermission(deps.db, user.roles, 'view-statistics')) {
      return c.json({
        version,
        info: {
          version,
          build: {
            date: '2026-01-01T00:00:00.000Z',
            nodeVersion: process.version,
            arch: process.arch,
            platform: process.platform,
          },
          commit: { hash: 'local', branch: 'local' },
          marketplaceApiVersion: '1.59.0',
        },
        minimumClientVersions,
        success: true,
      });
    }
    return c.json({ version: version.replace(/^(\d+\.\d+)\..*$/, '$1'), minimumClientVersions, success: true });
  });
}
