import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidSort } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { profiles, type Profile } from '../profile.ts';
import { saveCustomField } from '../domain/custom-fields.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts
// ("livechat/visitors.search": V1–V12), then one test per matching, sorting and paging rule of
// imports/server/rest/visitors.ts and the model's findPaginatedVisitorsByEmailOrPhoneOrNameOrUsernameOrCustomField.
// The route is the same in 6.x and 7.x, so every case runs against both profiles.

describe.each([
  ['7.x', profiles[7]],
  ['6.x', profiles[6]],
] as [string, Profile][])('GET livechat/visitors.search (%s)', (_label, profile) => {
  let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
  /** Unique to this run, so that name searches find only what a test created. */
  const tag = randomUUID().slice(0, 6);

  beforeAll(async () => {
    ({ server, admin, helpers } = await startOmnichannelServer({ profile }));
    defineField('address', true);
    defineField('secret', false);
  });
  afterAll(() => server.close());

  // 6.x has no REST route for custom field definitions (an admin method saved them), so the definitions are written
  // straight to the store, for both profiles alike.
  const defineField = (field: string, searchable: boolean) =>
    saveCustomField(server.db, {
      _id: field,
      label: field,
      scope: 'visitor',
      visibility: 'visible',
      searchable,
      _updatedAt: new Date().toISOString(),
    });

  const search = (query: Record<string, string>, auth: Credentials = admin) =>
    server.call('GET', 'livechat/visitors.search', { auth, query });
  const visitor = (overrides: Record<string, unknown> = {}) => helpers.createVisitor(overrides);

  it('V1: should find a visitor by name', async () => {
    const created = await visitor();
    const { status, body } = await search({ term: created.name });
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, total: 1, count: 1, offset: 0 });
    expect(body.visitors).toEqual([
      {
        _id: created._id,
        username: created.username,
        name: created.name,
        visitorEmails: created.visitorEmails,
        phone: created.phone,
        livechatData: { address: 'Rocket.Chat street' },
      },
    ]);
  });

  it('V2: should find a visitor by username', async () => {
    const created = await visitor();
    const { body } = await search({ term: created.username });
    expect(body.total).toBe(1);
    expect(body.visitors[0]).toMatchObject({ _id: created._id, username: created.username });
  });

  it('V3: should find a visitor by email', async () => {
    const created = await visitor();
    const { body } = await search({ term: created.visitorEmails[0]!.address });
    expect(body.total).toBe(1);
    expect(body.visitors[0]._id).toBe(created._id);
  });

  it('V4: should find a visitor by phone', async () => {
    const created = await visitor();
    const { body } = await search({ term: created.phone[0]!.phoneNumber });
    expect(body.total).toBe(1);
    expect(body.visitors[0]._id).toBe(created._id);
  });

  it('V5: should return an error when the query params is not valid (offset=-1, no term)', async () => {
    expect(await search({ offset: '-1' })).toEqual({
      status: 400,
      body: invalidParams("must have required property 'term'"),
    });
  });

  it('V6: should return an empty array when no visitor is found', async () => {
    expect(await search({ term: Math.random().toString(36) })).toEqual({
      status: 200,
      body: { visitors: [], count: 0, offset: 0, total: 0, success: true },
    });
  });

  it("V7: should fail if user doesn't have view-l-room permission", async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      // Rocket.Chat's test sends `text`, which validation refuses before the permission is looked at.
      expect(await search({ text: 'nel' })).toEqual({
        status: 400,
        body: invalidParams("must have required property 'term'"),
      });
      expect(await search({ term: 'nel' })).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('V8: should fail if term is not on query params', async () => {
    expect(await search({})).toEqual({ status: 400, body: invalidParams("must have required property 'term'") });
  });

  it('V9: should not fail when term is an evil regex string', async () => {
    const { status, body } = await search({ term: '^((ab)*)+$' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, total: 0 });
  });

  it('V10: should return a list of visitors when term is an empty string', async () => {
    await visitor();
    const { body } = await search({ term: '' });
    expect(body.success).toBe(true);
    expect(body.visitors.length).toBeGreaterThan(0);
    expect(body.visitors[0]).toHaveProperty('username');
  });

  it('V11: should bring sorted data by last chat time', async () => {
    const past = await visitor({ name: `VisitorInPast ${tag}` });
    await helpers.openRoom(past.token);
    const present = await visitor({ name: `VisitorInPresent ${tag}` });
    await helpers.openRoom(present.token);
    const term = `VisitorIn`;
    const ascending = (await search({ term, sort: '{"lastChat.ts":1}' })).body.visitors;
    expect(ascending[0].name).toBe(`VisitorInPast ${tag}`);
    expect(ascending[0].lastChat).toEqual({ _id: expect.any(String), ts: expect.any(String) });
    const descending = (await search({ term, sort: '{"lastChat.ts":-1}' })).body.visitors;
    expect(descending[0].name).toBe(`VisitorInPresent ${tag}`);
  });

  it('V12: unauthenticated requests get the profile 401', async () => {
    const { status } = await server.call('GET', 'livechat/visitors.search', { query: { term: 'x' } });
    expect(status).toBe(401);
  });

  describe('matching', () => {
    it('name and username: a case-insensitive substring', async () => {
      const created = await visitor({ name: `Zoë Ábaco ${tag}` });
      expect((await search({ term: `ë ábaco ${tag.toUpperCase()}` })).body.visitors.map((v: any) => v._id)).toEqual([
        created._id,
      ]);
      expect((await search({ term: created.username.slice(2).toUpperCase() })).body.visitors[0]?._id).toBe(created._id);
    });

    it('regex characters are taken literally (escapeRegExp)', async () => {
      const created = await visitor({ name: `Dot.Star*(a+b)\\ ${tag}` });
      const ids = async (term: string) => (await search({ term })).body.visitors.map((v: any) => v._id);
      expect(await ids(`.star*(A+B)\\ ${tag}`)).toEqual([created._id]);
      expect(await ids(`t.*${tag}`)).toEqual([]);
      expect(await ids('(')).toContain(created._id);
    });

    it('email and phone: the whole value, exactly (not a fragment, not another case)', async () => {
      const created = await visitor();
      const email = created.visitorEmails[0]!.address;
      const phone = created.phone[0]!.phoneNumber;
      expect((await search({ term: email.toUpperCase() })).body.total).toBe(0);
      expect((await search({ term: email.slice(0, -4) })).body.total).toBe(0);
      expect((await search({ term: phone.slice(1) })).body.total).toBe(0);
      expect((await search({ term: ` ${phone}` })).body.total).toBe(0);
    });

    it('searchable visitor custom fields: a case-insensitive substring; other fields are not searched', async () => {
      const created = await visitor({
        customFields: [
          { key: 'address', value: `Rua ${tag} Lima`, overwrite: true },
          { key: 'secret', value: `hidden-${tag}`, overwrite: true },
        ],
      });
      expect((await search({ term: `${tag.toUpperCase()} li` })).body.visitors.map((v: any) => v._id)).toEqual([
        created._id,
      ]);
      expect((await search({ term: `${tag} l` })).body.total).toBe(1);
      expect((await search({ term: `hidden-${tag}` })).body.total).toBe(0);
    });

    it('a field made searchable later is searched at once', async () => {
      const created = await visitor({
        customFields: [{ key: 'secret', value: `later-${tag}`, overwrite: true }],
      });
      expect((await search({ term: `later-${tag}` })).body.total).toBe(0);
      defineField('secret', true);
      expect((await search({ term: `later-${tag}` })).body.visitors.map((v: any) => v._id)).toEqual([created._id]);
      defineField('secret', false);
    });

    it('a renamed visitor is found by the new name only', async () => {
      const created = await visitor({ name: `Before ${tag}` });
      await visitor({ token: created.token, name: `After ${tag}` });
      expect((await search({ term: `Before ${tag}` })).body.total).toBe(0);
      expect((await search({ term: `After ${tag}` })).body.visitors[0]._id).toBe(created._id);
    });
  });

  describe('sorting and paging', () => {
    const names = ['Bravo', 'alpha', 'Charlie', 'delta'];
    const term = `Paging${tag}`;
    beforeAll(async () => {
      for (const name of names) await visitor({ name: `${term} ${name}` });
    });
    const namesOf = (body: any) => body.visitors.map((v: any) => v.name.split(' ')[1]);

    it('newest first by default (ts descending)', async () => {
      expect(namesOf((await search({ term })).body)).toEqual(['delta', 'Charlie', 'alpha', 'Bravo']);
    });

    it('any sort Rocket.Chat parses; binary string order; `{}` is insertion order', async () => {
      expect(namesOf((await search({ term, sort: '{"name":1}' })).body)).toEqual([
        'Bravo',
        'Charlie',
        'alpha',
        'delta',
      ]);
      expect(namesOf((await search({ term, sort: '{"name":-1}' })).body)).toEqual([
        'delta',
        'alpha',
        'Charlie',
        'Bravo',
      ]);
      expect(namesOf((await search({ term, sort: '{}' })).body)).toEqual(['Bravo', 'alpha', 'Charlie', 'delta']);
    });

    it('count and offset page the hits; count in the answer is the number returned', async () => {
      const { body } = await search({ term, sort: '{"name":1}', count: '3', offset: '2' });
      expect(namesOf(body)).toEqual(['alpha', 'delta']);
      expect(body).toMatchObject({ count: 2, offset: 2, total: 4 });
      const first = (await search({ term, sort: '{"name":1}', count: '1' })).body;
      expect(first).toMatchObject({ count: 1, offset: 0, total: 4 });
      const past = (await search({ term, offset: '10' })).body;
      expect(past).toMatchObject({ visitors: [], count: 0, offset: 10, total: 4 });
    });

    it('bad paging and sorting: the helpers’ errors', async () => {
      expect(await search({ term, count: 'ten' })).toEqual({
        status: 400,
        body: invalidParams('must be number'),
      });
      expect(await search({ term, offset: '-1' })).toEqual({
        status: 400,
        body: { success: false, error: "BSON field 'skip' value must be >= 0, actual value '-1'" },
      });
      expect(await search({ term, sort: '{"name":2}' })).toEqual({
        status: 400,
        body: invalidSort('{"name":2}'),
      });
      expect(await search({ term, fields: '{"name":1}' })).toEqual({
        status: 400,
        body: invalidParams('must NOT have additional properties'),
      });
    });
  });
});

describe('GET livechat/visitors.search (7.x): removed visitors', () => {
  let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
  beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
  afterAll(() => server.close());

  it('visitors disabled by contacts.delete are not found', async () => {
    const created = await helpers.createVisitor();
    const room = await helpers.openRoom(created.token);
    await helpers.closeRoom(room._id, created.token);
    const term = created.name;
    expect((await server.call('GET', 'livechat/visitors.search', { auth: admin, query: { term } })).body.total).toBe(1);
    const deleted = await server.call('POST', 'omnichannel/contacts.delete', {
      auth: admin,
      body: { contactId: room.contactId },
    });
    expect(deleted.status).toBe(200);
    expect((await server.call('GET', 'livechat/visitors.search', { auth: admin, query: { term } })).body.total).toBe(0);
  });
});
