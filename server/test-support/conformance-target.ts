import { randomBytes } from 'node:crypto';

/**
 * The server conformance tests against a real Rocket.Chat: `CONFORMANCE_ROCKETCHAT_URL` (its own variable, so an
 * end-to-end run against staging never sends these tests there by accident) and an admin of that server
 * (`CONFORMANCE_ADMIN_USER`, `CONFORMANCE_ADMIN_PASSWORD`). Without it every test starts the local server in memory.
 */
export const CONFORMANCE_URL = process.env.CONFORMANCE_ROCKETCHAT_URL?.replace(/\/+$/, '') || undefined;

/**
 * Test files that need the local server's own internals, skipped against a real server with the reason printed at
 * the start of the run (file-level: the files are being reworked for speed; finer skips can come later).
 */
export const LOCAL_ONLY_SERVER_TESTS: Record<string, string> = {
  'server/seed/demo.test.ts': 'checks the demo seed in the database',
  'server/routes/bad-input.property.test.ts': 'needs the demo seed and reads the database',
  'server/http/internal-errors.test.ts': "breaks the database to provoke errors and reads the server's log",
  'server/http/throttling.test.ts': 'starts servers outside TEST_MODE and reads the database',
  'server/main.test.ts': 'starts the local server as a process',
  'server/db/durability.test.ts': "kills the local server's process to test its storage",
  'server/routes/livechat-visitors-search.test.ts': 'starts a 6.x-mode server and writes the database',
  'server/routes/rc6-profile.test.ts': 'starts a 6.x-mode server',
  'server/routes/auth.test.ts': 'starts a 6.x-mode server and writes TOTP secrets into the database',
  'server/routes/livechat-rid-messages.test.ts': 'sets data up in the database',
  'server/routes/livechat-users.test.ts': 'reads roles from the database',
  'server/routes/livechat-message.test.ts': 'sets data up in the database',
  'server/routes/settings.test.ts': 'changes settings and second-factor state in the database',
  'server/routes/users.test.ts': 'reads stored password hashes from the database',
  'server/routes/livechat-visitor-info.test.ts': 'sets data up in the database',
  'server/routes/livechat-rooms.test.ts': 'sets data up in the database',
};

/** One id per run in the accounts it creates, so parallel runs never collide (inherited by the test workers). */
process.env.CONFORMANCE_RUN_ID ??= `ct${Date.now().toString(36).slice(-5)}${randomBytes(2).toString('hex')}`;
process.env.CONFORMANCE_RUN_SECRET ??= randomBytes(18).toString('base64url');

/** The demo accounts the tests sign in as, and what the run creates for each on a real server. */
export const REMOTE_ACCOUNTS = {
  admin: { roles: ['admin', 'user'], omnichannel: ['agent', 'manager'] },
  manager: { roles: ['user'], omnichannel: ['manager', 'agent'] },
  agent: { roles: ['user'], omnichannel: ['agent'] },
  user: { roles: ['user'], omnichannel: [] },
} as const;

/** A demo username's account on the real server: `<run id>.<name>` with the run's password. */
export function remoteAccount(name: string): { username: string; password: string } | undefined {
  if (!CONFORMANCE_URL || !Object.hasOwn(REMOTE_ACCOUNTS, name)) return undefined;
  return {
    username: `${process.env.CONFORMANCE_RUN_ID}.${name}`,
    password: `${process.env.CONFORMANCE_RUN_SECRET}-${name}-Aa1!`,
  };
}
