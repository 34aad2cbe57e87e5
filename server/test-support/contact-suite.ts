import { afterAll, beforeAll } from 'vitest';
import type { Credentials, TestServer } from './test-server.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from './omnichannel-suite.ts';
import { uniqueEmail, uniquePhone } from './omnichannel.ts';

export interface ContactSuite {
  server: TestServer;
  admin: Credentials;
  helpers: OmnichannelHelpers;
  /** A user with the livechat-agent role. */
  agent: { _id: string; username: string };
  /** A user with no omnichannel role. */
  plainUser: { _id: string; username: string };
}

/**
 * What the contacts conformance files (one per endpoint group, Rocket.Chat's tests/end-to-end/api/livechat/contacts.ts)
 * start from: a server of their own, started before the file's cases and closed after them, with an agent and a plain
 * user, and `post`/`get` that call as the admin unless given other credentials. `suite` is filled in `beforeAll`.
 */
export function contactSuite() {
  const suite = {} as ContactSuite;
  beforeAll(async () => {
    const started = await startOmnichannelServer();
    const agent = await started.helpers.createUser(['user', 'livechat-agent']);
    const plainUser = await started.helpers.createUser(['user']);
    Object.assign(suite, started, { agent, plainUser });
  });
  afterAll(() => suite.server.close());
  const post = (path: string, body: unknown, auth: Credentials = suite.admin) =>
    suite.server.call('POST', path, { auth, body });
  const get = (path: string, query: Record<string, string> = {}, auth: Credentials = suite.admin) =>
    suite.server.call('GET', path, { auth, query });
  return { suite, post, get };
}

/** A valid `omnichannel/contacts` body with an email and a phone no other case uses. */
export const newContactBody = () => ({ name: 'Contact Name', emails: [uniqueEmail()], phones: [uniquePhone()] });
