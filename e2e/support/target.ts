import { randomBytes } from 'node:crypto';

/**
 * Which Rocket.Chat the run talks to. With `E2E_ROCKETCHAT_URL` set the specs run against that server (a real
 * Rocket.Chat, e.g. a shared staging one); without it against the local server the run starts itself.
 */
export const REMOTE_URL = process.env.E2E_ROCKETCHAT_URL?.replace(/\/+$/, '') || undefined;
export const isRemote = REMOTE_URL !== undefined;

/** Why a test tagged `@local-only` does not run against a real server: printed as the skip's annotation. */
export const LOCAL_ONLY = '@local-only';

/**
 * One id per run, in every account, name and custom field the run creates on a real server, so parallel runs never
 * collide and a sweep can tell this run's leftovers from anyone else's. The runner sets it before the workers start
 * (they inherit its environment), so every process of one run agrees.
 */
process.env.E2E_RUN_ID ??= `e2e${Date.now().toString(36).slice(-5)}${randomBytes(2).toString('hex')}`;
process.env.E2E_RUN_SECRET ??= randomBytes(18).toString('base64url');
export const RUN_ID = isRemote ? process.env.E2E_RUN_ID : '';
/** The password of the accounts the run creates on a real server (never logged, gone with the accounts). */
export const RUN_SECRET = process.env.E2E_RUN_SECRET;

/** The admin account the run uses on a real server to create and remove its own accounts. */
export function remoteAdmin(): { username: string; password: string } {
  const username = process.env.E2E_ADMIN_USER;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!username || !password)
    throw new Error('E2E_ROCKETCHAT_URL needs E2E_ADMIN_USER and E2E_ADMIN_PASSWORD (an admin of that server)');
  return { username, password };
}
