import { randomUUID } from 'node:crypto';
import type { Credentials, TestServer } from './test-server.ts';

/**
 * The legacy visitor-contact endpoints (`omnichannel/contact`, `omnichannel/contact.search`) as their conformance
 * files call them: as the admin unless told otherwise, on the server and admin `current()` returns (set in the
 * files' `beforeAll`).
 */
export function legacyContactCalls(current: () => { server: TestServer; admin: Credentials }) {
  return {
    search: (query: Record<string, string>) =>
      current().server.call('GET', 'omnichannel/contact.search', { auth: current().admin, query }),
    register: (body: unknown, auth: Credentials = current().admin) =>
      current().server.call('POST', 'omnichannel/contact', { auth, body }),
    getVisitor: async (id: string) =>
      (
        await current().server.call('GET', 'omnichannel/contact', {
          auth: current().admin,
          query: { contactId: id },
        })
      ).body.contact,
    /** A visitor token no other case uses. */
    token: () => randomUUID().slice(0, 20),
  };
}
