import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from './test-server.ts';

/**
 * What the `users.create` conformance files start from: a server of their own (started before their cases, closed
 * after them) with the admin signed in, `create` as the admin unless told otherwise, and `fresh` bodies for users
 * nobody has yet. `suite` is filled in `beforeAll`.
 */
export function userCreateSuite() {
  const suite = {} as { server: TestServer; admin: Credentials };
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.admin = await suite.server.login('admin');
  });
  afterAll(() => suite.server.close());
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
  const create = (body: unknown, auth: Credentials = suite.admin) =>
    suite.server.call('POST', 'users.create', { auth, body });
  return { suite, fresh, create };
}
