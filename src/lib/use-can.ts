import { useQuery } from '@tanstack/react-query';
import type { Permission } from './permissions';
import { sessionQueries } from './session-queries';

export type Can = 'loading' | 'yes' | 'no';

/**
 * Whether the signed-in user holds a permission, from their roles and Rocket.Chat's permission map.
 * The server still decides: every 403 is handled where it happens.
 */
export function useCan(permission: Permission): Can {
  const me = useQuery(sessionQueries.me());
  const permissions = useQuery(sessionQueries.permissions());
  // Unknown permissions must not block anyone (nor spin forever): let the server decide and explain its 403.
  if (me.isError || permissions.isError) return 'yes';
  if (!me.data || !permissions.data) return 'loading';
  const roles = permissions.data.get(permission) ?? [];
  return roles.some((role) => me.data.roles.includes(role)) ? 'yes' : 'no';
}
