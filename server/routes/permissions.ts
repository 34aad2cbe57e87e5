import type { Api } from '../http/api.ts';
import { failure, meteorError } from '../http/api-error.ts';
import { findPermission, knownRoles, listPermissions, setPermissionRoles } from '../domain/permissions.ts';
import { inTransaction } from '../db/open.ts';

export function registerPermissionRoutes(api: Api): void {
  api.get('permissions.listAll', { auth: true }, ({ query }, { db }) => {
    const { updatedSince } = query;
    // `if (updatedSince)`: an empty value lists everything.
    if (!updatedSince) return { update: listPermissions(db), remove: [] };
    const date = new Date(typeof updatedSince === 'string' ? updatedSince : Number.NaN);
    if (Number.isNaN(date.getTime())) {
      // Rocket.Chat really names the roomId param here (apps/meteor/app/api/server/v1/permissions.ts).
      throw meteorError('error-roomId-param-invalid', 'The "updatedSince" query parameter must be a valid date.');
    }
    return { update: listPermissions(db, date), remove: [] };
  });

  // Validated inside the action (legacy route style): permission first, then the body.
  api.post('permissions.update', { auth: true, permissions: ['access-permissions'] }, ({ body }, { db }) => {
    const { permissions } = body;
    if (!isPermissionList(permissions) || Object.keys(body).length !== 1) {
      throw failure('Invalid body params', 'error-invalid-body-params');
    }
    // Rocket.Chat checks every id first (a duplicate id finds fewer documents than listed), then every role.
    const ids = new Set(permissions.map(({ _id }) => _id));
    if (ids.size !== permissions.length || [...ids].some((id) => !findPermission(db, id))) {
      throw failure('Invalid permission', 'error-invalid-permission');
    }
    if (permissions.some(({ roles }) => roles.some((role) => !knownRoles.includes(role)))) {
      throw failure('Invalid role', 'error-invalid-role');
    }
    inTransaction(db, () => permissions.forEach(({ _id, roles }) => setPermissionRoles(db, _id, roles)));
    return { permissions: listPermissions(db) };
  });
}

function isPermissionList(value: unknown): value is { _id: string; roles: string[] }[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => {
      if (!item || typeof item !== 'object') return false;
      const { _id, roles, ...rest } = item as Record<string, unknown>;
      return (
        typeof _id === 'string' &&
        Array.isArray(roles) &&
        roles.every((role) => typeof role === 'string') &&
        new Set(roles).size === roles.length &&
        Object.keys(rest).length === 0
      );
    })
  );
}
