import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';

// The "leaks" probes: 49 of 50 concurrent users.create with one username answered
// "400 UNIQUE constraint failed: index 'users_username'"; runtime failures answered their own text.
let server: TestServer;
let admin: Credentials;
const logged: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ log: (message) => logged.push(message) });
  admin = await server.login('admin');
});
afterAll(() => server.close());

describe('internal errors are internal', () => {
  it('users.create under a race creates exactly one user; the others get Rocket.Chat’s "already in use"', async () => {
    const body = { username: 'racer', name: 'Racer', email: 'racer@example.com', password: 'pass-1234' };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => server.call('POST', 'users.create', { auth: admin, body })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(49);
    for (const answer of refused) {
      expect(answer).toEqual({
        status: 400,
        body: {
          success: false,
          error: 'racer is already in use :( [error-field-unavailable]',
          errorType: 'error-field-unavailable',
          details: { method: 'insertOrUpdateUser', field: 'racer' },
        },
      });
    }
    expect(server.db.prepare("SELECT count(*) AS n FROM users WHERE username = 'racer'").get()).toEqual({ n: 1 });
  });

  it('a database failure answers 500 "Internal server error" with no internal text, logged once', async () => {
    logged.length = 0;
    server.db.exec('ALTER TABLE custom_fields RENAME TO custom_fields_gone');
    try {
      expect(await server.call('GET', 'livechat/custom-fields', { auth: admin })).toEqual({
        status: 500,
        body: { success: false, error: 'Internal server error' },
      });
    } finally {
      server.db.exec('ALTER TABLE custom_fields_gone RENAME TO custom_fields');
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('no such table');
  });

  it('a business error keeps Rocket.Chat’s 400 with its message', async () => {
    expect(
      await server.call('POST', 'livechat/custom.field', {
        body: { token: 'no-such-token', key: 'k', value: 'v', overwrite: true },
      }),
    ).toEqual({ status: 400, body: { success: false, error: 'invalid-token' } });
  });
});
