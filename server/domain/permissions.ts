import type { Db } from '../db/open.ts';

const MANAGER_MONITOR_AGENT_ADMIN = ['livechat-manager', 'livechat-monitor', 'livechat-agent', 'admin'];

/**
 * Rocket.Chat's default permission -> roles map for what the contact endpoints and this app use
 * (apps/meteor/server/lib/authorization/constant/permissions.ts).
 */
export const defaultPermissions: Record<string, string[]> = {
  'view-l-room': MANAGER_MONITOR_AGENT_ADMIN,
  'create-livechat-contact': MANAGER_MONITOR_AGENT_ADMIN,
  'update-livechat-contact': MANAGER_MONITOR_AGENT_ADMIN,
  'view-livechat-contact': MANAGER_MONITOR_AGENT_ADMIN,
  'view-livechat-contact-history': MANAGER_MONITOR_AGENT_ADMIN,
  'delete-livechat-contact': ['livechat-manager', 'admin'],
  'view-livechat-manager': ['livechat-manager', 'livechat-monitor', 'admin'],
  'manage-livechat-agents': ['livechat-manager', 'admin'],
  'manage-livechat-managers': ['livechat-manager', 'admin'],
  'transfer-livechat-guest': ['livechat-manager', 'livechat-monitor', 'admin'],
  'close-livechat-room': MANAGER_MONITOR_AGENT_ADMIN,
  'close-others-livechat-room': ['livechat-manager', 'livechat-monitor', 'admin'],
  'view-livechat-rooms': ['livechat-manager', 'livechat-monitor', 'admin'],
  'view-livechat-room-closed-by-another-agent': ['livechat-manager', 'livechat-monitor', 'admin'],
  'edit-omnichannel-contact': ['livechat-manager', 'livechat-agent', 'admin'],
  'view-omnichannel-contact-center': ['livechat-manager', 'livechat-agent', 'livechat-monitor', 'admin'],
  'view-livechat-room-customfields': MANAGER_MONITOR_AGENT_ADMIN,
  'edit-livechat-room-customfields': MANAGER_MONITOR_AGENT_ADMIN,
  'view-livechat-customfields': ['livechat-manager', 'admin'],
  'edit-livechat-customfields': ['livechat-manager', 'admin'],
  'view-privileged-setting': ['admin'],
  'edit-privileged-setting': ['admin'],
  'access-permissions': ['admin'],
  'create-user': ['admin'],
  'delete-user': ['admin'],
  'view-statistics': ['admin'],
  'api-bypass-rate-limit': ['admin', 'bot', 'app'],
};

/** Roles Rocket.Chat ships; `permissions.update` refuses any other. */
export const knownRoles = [
  'admin',
  'moderator',
  'leader',
  'owner',
  'user',
  'bot',
  'app',
  'guest',
  'anonymous',
  'livechat-agent',
  'livechat-manager',
  'livechat-monitor',
  'livechat-guest',
];

export interface PermissionDoc {
  _id: string;
  roles: string[];
  _updatedAt: string;
}

export function seedDefaultPermissions(db: Db, now = new Date()): void {
  const insert = db.prepare('INSERT OR IGNORE INTO permissions (_id, roles, updated_at) VALUES (?, ?, ?)');
  for (const [id, roles] of Object.entries(defaultPermissions))
    insert.run(id, JSON.stringify(roles), now.toISOString());
}

interface PermissionRow {
  _id: string;
  roles: string;
  updated_at: string;
}

const toDoc = (row: PermissionRow): PermissionDoc => ({
  _id: row._id,
  roles: JSON.parse(row.roles) as string[],
  _updatedAt: row.updated_at,
});

export function listPermissions(db: Db, updatedSince?: Date): PermissionDoc[] {
  const rows = updatedSince
    ? db
        .prepare<[string], PermissionRow>('SELECT * FROM permissions WHERE updated_at > ? ORDER BY _id')
        .all(updatedSince.toISOString())
    : db.prepare<[], PermissionRow>('SELECT * FROM permissions ORDER BY _id').all();
  return rows.map(toDoc);
}

export function findPermission(db: Db, id: string): PermissionDoc | undefined {
  const row = db.prepare<[string], PermissionRow>('SELECT * FROM permissions WHERE _id = ?').get(id);
  return row && toDoc(row);
}

export function setPermissionRoles(db: Db, id: string, roles: string[], now = new Date()): void {
  db.prepare('UPDATE permissions SET roles = ?, updated_at = ? WHERE _id = ?').run(
    JSON.stringify(roles),
    now.toISOString(),
    id,
  );
}

/** All listed permissions must be held (Rocket.Chat's `permissionsRequired: [...]`). */
export function hasAllPermissions(db: Db, userRoles: readonly string[], permissions: readonly string[]): boolean {
  return permissions.every((id) => hasPermission(db, userRoles, id));
}

export function hasPermission(db: Db, userRoles: readonly string[], id: string): boolean {
  const permission = findPermission(db, id);
  return !!permission && permission.roles.some((role) => userRoles.includes(role));
}
