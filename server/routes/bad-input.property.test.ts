import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { omnichannelHelpers } from '../test-support/omnichannel.ts';

// Property: bad input never yields a 5xx or a crash; every answer is a Rocket.Chat 4xx envelope, and nothing
// else in the store changes.
let server: TestServer;
let admin: Credentials;
let witness: { contactId: string; visitorId: string };

beforeAll(async () => {
  server = await startTestServer({ seed: 'demo' });
  admin = await server.login('admin');
  const helpers = omnichannelHelpers(server, () => admin);
  witness = {
    contactId: await helpers.createContact({
      name: 'Witness',
      emails: ['witness@example.com'],
      phones: ['+1 555 0100'],
      customFields: { address: 'Here', customerId: '123456' },
    }),
    visitorId: (
      await server.call('POST', 'omnichannel/contact', {
        auth: admin,
        body: { token: 'witness-token', name: 'Witness', email: 'witness@example.com' },
      })
    ).body.contact,
  };
});
afterAll(() => server.close());

const postRoutes = [
  'omnichannel/contact',
  'omnichannel/contacts',
  'omnichannel/contacts.update',
  'omnichannel/contacts.conflicts',
  'omnichannel/contacts.delete',
  'livechat/custom-fields.save',
  'livechat/custom-fields.delete',
  'livechat/visitor',
  'livechat/custom.field',
  'livechat/custom.fields',
  'livechat/room.close',
  'livechat/message',
  'chat.sendMessage',
  'livechat/visitor.status',
];
const getRoutes = [
  'omnichannel/contact',
  'omnichannel/contact.search',
  'omnichannel/contacts.get',
  'omnichannel/contacts.search',
  'omnichannel/contacts.checkExistence',
  'omnichannel/contacts.history',
  'omnichannel/contacts.channels',
  'livechat/custom-fields',
  'livechat/users/agent',
  'livechat/witness-room/messages',
  'livechat/visitors.info',
  'livechat/visitors.autocomplete',
  'livechat/visitors.pagesVisited/some-room',
  'livechat/visitors.chatHistory/room/some-room/visitor/some-visitor',
  'livechat/visitors.searchChats/room/some-room/visitor/some-visitor',
];

const keys = fc.oneof(
  fc.constantFrom(
    'token',
    'name',
    'email',
    'phone',
    'customFields',
    'contactManager',
    'contactId',
    'emails',
    'phones',
    'custom',
    'searchText',
    'sort',
    'count',
    'offset',
    'visitor',
    'key',
    'value',
    'overwrite',
    'customFieldData',
    '__proto__',
    'constructor',
    '$regex',
    'rid',
    'msg',
    'message',
    'searchTerm',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const text = fc.string({ unit: 'binary', maxLength: 40 });
// Every generated body and query carries a key no route accepts, so each one is invalid by construction.
const badBody = fc.oneof(
  fc
    .dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })
    .map((body) => JSON.stringify({ ...body, 'unexpected key': true })),
  text.map((raw) => `{${raw}`),
);
const badQuery = fc.dictionary(keys, text, { maxKeys: 5 }).map((query) => ({ ...query, 'unexpected key': 'x' }));

const snapshot = async () => ({
  contact: (
    await server.call('GET', 'omnichannel/contacts.get', { auth: admin, query: { contactId: witness.contactId } })
  ).body,
  visitor: (await server.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: witness.visitorId } }))
    .body,
  counts: server.db
    .prepare(
      'SELECT (SELECT count(*) FROM visitors) AS v, (SELECT count(*) FROM contacts) AS c, (SELECT count(*) FROM custom_fields) AS f, (SELECT count(*) FROM rooms) AS r, (SELECT count(*) FROM messages) AS m',
    )
    .get(),
});

function expectEnvelope(status: number, body: unknown, label: string) {
  expect(status, label).toBeGreaterThanOrEqual(400);
  expect(status, label).toBeLessThan(500);
  expect(body, label).toMatchObject({ success: false, error: expect.any(String) });
}

describe('bad input (fast-check)', () => {
  it('≥ 2,000 bad bodies and query strings: always a 4xx Rocket.Chat envelope, other data unchanged', async () => {
    const before = await snapshot();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ method: fc.constant('POST' as const), path: fc.constantFrom(...postRoutes), input: badBody }),
          fc.record({ method: fc.constant('GET' as const), path: fc.constantFrom(...getRoutes), input: badQuery }),
        ),
        fc.boolean(),
        async ({ method, path, input }, authenticated) => {
          runs++;
          const auth = authenticated ? { auth: admin } : {};
          const { status, body } =
            method === 'POST'
              ? await server.call('POST', path, {
                  ...auth,
                  body: input,
                  headers: { 'content-type': 'application/json' },
                })
              : await server.call('GET', path, { ...auth, query: input });
          if (status === 401) {
            expect(body).toMatchObject({ success: false, status: 'error' });
            return;
          }
          expectEnvelope(status, body, `${method} ${path} ${JSON.stringify(input)}`);
        },
      ),
      { numRuns: 2200 },
    );
    expect(runs).toBeGreaterThanOrEqual(2000);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
