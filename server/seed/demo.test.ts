import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { createRandom } from './prng.ts';
import { makePerson } from './demo-people.ts';
import { CONFLICTS, DEMO_PEOPLE } from './demo.ts';

let server: TestServer;
let admin: Credentials;

beforeAll(async () => {
  server = await startTestServer({ seed: 'demo' });
  admin = await server.login('admin');
});
afterAll(() => server.close());

describe('--seed demo', () => {
  it('is deterministic', () => {
    const a = createRandom(20250101);
    const b = createRandom(20250101);
    expect(Array.from({ length: 20 }, (_, n) => makePerson(a, n))).toEqual(
      Array.from({ length: 20 }, (_, n) => makePerson(b, n)),
    );
  });

  it('has ≥ 300 visitors with lower-case emails and names in several scripts', () => {
    const rows = server.db.prepare('SELECT doc FROM visitors').all() as { doc: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(DEMO_PEOPLE);
    const docs = rows.map((row) => JSON.parse(row.doc) as { name: string; visitorEmails: { address: string }[] });
    expect(docs.every((doc) => doc.visitorEmails[0]!.address === doc.visitorEmails[0]!.address.toLowerCase())).toBe(
      true,
    );
    for (const script of [
      /[À-ÿ]/,
      /[\u3040-\u30ff\u4e00-\u9fff]/,
      /[\u0600-\u06ff]/,
      /[\u0400-\u04ff]/,
      /[\u0900-\u097f]/,
    ]) {
      expect(docs.some((doc) => script.test(doc.name))).toBe(true);
    }
  });

  it('defines the demo custom fields', async () => {
    const { body } = await server.call('GET', 'livechat/custom-fields', { auth: admin });
    expect(body.customFields.map((field: { _id: string; label: string }) => [field._id, field.label])).toEqual([
      ['address', 'Address'],
      ['customerId', 'Customer ID'],
      ['internalNote', 'Internal note'],
      ['orderNumber', 'Order number'],
      ['plan', 'Plan'],
    ]);
  });

  it('finds person 2 by customerId, email and phone through contact.search', async () => {
    const row = server.db.prepare("SELECT doc FROM visitors WHERE token = 'demo-token-2'").get() as { doc: string };
    const stored = JSON.parse(row.doc) as {
      name: string;
      visitorEmails: { address: string }[];
      phone: { phoneNumber: string }[];
    };
    const person = { name: stored.name, email: stored.visitorEmails[0]!.address, phone: stored.phone[0]!.phoneNumber };
    const byCustom = await server.call('GET', 'omnichannel/contact.search', {
      auth: admin,
      query: { custom: '{"customerId":"100002"}' },
    });
    expect(byCustom.body.contact).toMatchObject({
      token: 'demo-token-2',
      name: person.name,
      visitorEmails: [{ address: person.email }],
    });
    expect(
      (await server.call('GET', 'omnichannel/contact.search', { auth: admin, query: { email: person.email } })).body
        .contact.token,
    ).toBe('demo-token-2');
    expect(
      (await server.call('GET', 'omnichannel/contact.search', { auth: admin, query: { phone: person.phone } })).body
        .contact.token,
    ).toBe('demo-token-2');
  });

  it(`has ${CONFLICTS} contacts with name, manager and custom field conflicts`, () => {
    const rows = server.db
      .prepare("SELECT doc FROM contacts WHERE json_array_length(doc, '$.conflictingFields') > 0")
      .all() as { doc: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      const fields = (JSON.parse(row.doc) as { conflictingFields: { field: string }[] }).conflictingFields.map(
        (conflict) => conflict.field,
      );
      expect(fields).toEqual(['name', 'manager', 'customFields.plan']);
    }
  });

  it('has known and unknown contacts, managers, channels and closed chats', async () => {
    const known = await server.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { count: '100' } });
    expect(known.body.total).toBe(DEMO_PEOPLE / 4);
    expect(
      known.body.contacts.some(
        (contact: { contactManager?: { username: string } }) => contact.contactManager?.username === 'agent',
      ),
    ).toBe(true);
    const unknown = await server.call('GET', 'omnichannel/contacts.search', {
      auth: admin,
      query: { unknown: 'true' },
    });
    expect(unknown.body.total).toBe(DEMO_PEOPLE / 4);
    const withHistory = unknown.body.contacts[0];
    const history = await server.call('GET', 'omnichannel/contacts.history', {
      auth: admin,
      query: { contactId: withHistory._id },
    });
    expect(history.body.total).toBeGreaterThanOrEqual(1);
  });

  it('has conversations with messages in several languages; closed ones end with their livechat-close message', async () => {
    const texts = (server.db.prepare('SELECT doc FROM messages WHERE t IS NULL').all() as { doc: string }[]).map(
      (row) => (JSON.parse(row.doc) as { msg: string }).msg,
    );
    for (const script of [
      /[ãçéí]/,
      /[\u3040-\u30ff]/,
      /[\u0600-\u06ff]/,
      /[\u0400-\u04ff]/,
      /[\u0900-\u097f]/,
      /[\u4e00-\u9fff]/,
    ])
      expect(texts.some((text) => script.test(text))).toBe(true);
    const closers = server.db
      .prepare(
        "SELECT json_extract(doc, '$.u.username') AS closer, count(*) AS n FROM messages WHERE t = 'livechat-close' GROUP BY closer LIKE 'guest-%'",
      )
      .all() as { closer: string; n: number }[];
    expect(closers.length).toBe(2);
    const person1 = JSON.parse(
      (
        server.db
          .prepare(
            "SELECT doc FROM rooms WHERE visitor_token = 'demo-token-1' AND json_extract(doc, '$.source.type') = 'api'",
          )
          .get() as { doc: string }
      ).doc,
    ) as { _id: string; contactId: string };
    const page = await server.call('GET', `livechat/${person1._id}/messages`, {
      auth: admin,
      query: { sort: '{"ts":1}' },
    });
    expect(page.body.total).toBeGreaterThan(50);
    expect(page.body.messages[0].msg).toBe('Hola, no puedo iniciar sesión.');
    const history = await server.call('GET', 'omnichannel/contacts.history', {
      auth: admin,
      query: { contactId: person1.contactId },
    });
    const item = history.body.history.find((room: { _id: string }) => room._id === person1._id);
    expect(item).toMatchObject({ msgs: page.body.total + 1, lastMessage: { t: 'livechat-close' } });
  });

  it('writes the same conversations on every run (only record ids differ)', async () => {
    const again = await startTestServer({ seed: 'demo' });
    const dump = (db: TestServer['db']) =>
      (db.prepare('SELECT doc FROM messages ORDER BY seq').all() as { doc: string }[]).map((row) => {
        const {
          _id: _mid,
          rid: _rid,
          u,
          ...rest
        } = JSON.parse(row.doc) as { _id: string; rid: string; u: { username: string } };
        return JSON.stringify({ ...rest, username: u.username });
      });
    try {
      expect(dump(again.db)).toEqual(dump(server.db));
    } finally {
      await again.close();
    }
  });
});
