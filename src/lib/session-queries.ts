import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest, parseResponse } from './api-client';

const meSchema = z.object({
  _id: z.string(),
  username: z.string(),
  name: z.nullish(z.string()),
  roles: z._default(z.array(z.string()), []),
});
export type Me = z.infer<typeof meSchema>;

const permissionsSchema = z.object({
  update: z.array(z.object({ _id: z.string(), roles: z.array(z.string()) })),
});

const infoSchema = z.object({ version: z.string() });

/** What `GET /api/info` says; read it through `useCapabilities` (capabilities.ts). */
export interface ServerInfo {
  version: string;
}

export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  permissions: () => [...sessionKeys.all, 'permissions'] as const,
  serverInfo: () => [...sessionKeys.all, 'server-info'] as const,
};

export const sessionQueries = {
  me: () =>
    queryOptions({
      queryKey: sessionKeys.me(),
      queryFn: async ({ signal }) => parseResponse(meSchema, await apiRequest('me', { signal }), 'your profile'),
      staleTime: 5 * 60_000,
    }),
  /** permission id -> roles that hold it */
  permissions: () =>
    queryOptions({
      queryKey: sessionKeys.permissions(),
      queryFn: async ({ signal }) => {
        const { update } = parseResponse(
          permissionsSchema,
          await apiRequest('permissions.listAll', { signal }),
          'permissions',
        );
        return new Map(update.map((permission) => [permission._id, permission.roles]));
      },
      staleTime: 60_000,
    }),
  serverInfo: () =>
    queryOptions({
      queryKey: sessionKeys.serverInfo(),
      queryFn: async ({ signal }): Promise<ServerInfo> => {
        const { version } = parseResponse(
          infoSchema,
          await apiRequest('/info', { signal, authenticated: false }),
          'server info',
        );
        return { version };
      },
      staleTime: Infinity,
    }),
};

export { meSchema };
