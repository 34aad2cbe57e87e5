import type { Credentials, TestServer } from './test-server.ts';

/**
 * `users.create` as its conformance files call it: `create` as the admin unless told otherwise, on the server and
 * admin `current()` returns (set in the files' `beforeAll`), and `fresh` bodies for users nobody has yet.
 */
export function userCreateCalls(current: () => { server: TestServer; admin: Credentials }) {
  let serial = 0;
  /** A valid body for a user nobody has yet. */
  const fresh = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      email: `new${serial}@omnichannel.example`,
      name: `New ${serial}`,
      password: `pass-${serial}`,
      username: `new${serial}`,
      ...overrides,
    };
  };
  const create = (body: unknown, auth: Credentials = current().admin) =>
    current().server.call('POST', 'users.create', { auth, body });
  return { fresh, create };
}
