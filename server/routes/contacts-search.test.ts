import { beforeAll, describe, expect, it } from 'vitest';
import type { Credentials } from '../test-support/test-server.ts';
import type { OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { invalidSort } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { contactSuite, newContactBody, type ContactSuite } from '../test-support/contact-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/contacts.ts (rocketchat-api.md §12.1): searching contacts, their history and their channels.
const { suite, get } = contactSuite();
let admin: Credentials;
let helpers: OmnichannelHelpers;
let agent: ContactSuite['agent'];
beforeAll(() => ({ admin, helpers, agent } = suite));

describe('[GET] omnichannel/contacts.search', () => {
  const email = uniqueEmail();
  const phone = uniquePhone();
  const name = `Searchable ${Date.now()}`;
  let contactId: string;
  beforeAll(async () => {
    contactId = await helpers.createContact({ name, emails: [email], phones: [phone], contactManager: agent._id });
    const visitor = await helpers.createVisitor();
    await helpers.openRoom(visitor.token);
  });

  it('S1: should be able to list all contacts', async () => {
    const { status, body } = await get('omnichannel/contacts.search');
    expect(status).toBe(200);
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(body).toMatchObject({
      count: expect.any(Number),
      total: expect.any(Number),
      offset: expect.any(Number),
      success: true,
    });
  });

  it('S2: should return only known contacts by default', async () => {
    const { body } = await get('omnichannel/contacts.search');
    expect(body.contacts[0].unknown).toBe(false);
    expect(body.contacts.every((contact: { unknown: boolean }) => !contact.unknown)).toBe(true);
  });

  it('S3: should be able to filter contacts by unknown field', async () => {
    const { body } = await get('omnichannel/contacts.search', { unknown: 'true' });
    expect(body.contacts[0].unknown).toBe(true);
  });

  it('S4: should return only contacts that match the searchText using email', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: email });
    expect(body.contacts).toHaveLength(1);
    expect(body.total).toBe(1);
    expect(body.contacts[0]).toMatchObject({ _id: contactId, name, emails: [{ address: email }] });
  });

  it('S5: should return only contacts that match the searchText using phone number', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: phone });
    expect(body.contacts).toHaveLength(1);
    expect(body.contacts[0].phones[0].phoneNumber).toBe(phone);
  });

  it('S6: should return only contacts that match the searchText using name', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: name });
    expect(body.contacts).toHaveLength(1);
    expect(body.contacts[0]._id).toBe(contactId);
  });

  it('S7: should return an empty list if no contacts exist', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: 'invalid' });
    expect(body).toEqual({ contacts: [], count: 50, offset: 0, total: 0, success: true });
  });

  it("S8: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.search')).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('§7.4: manager data replaces the id; substring is case-insensitive and escaped', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: name.toUpperCase().slice(2, 10) });
    const found = body.contacts.find((contact: { _id: string }) => contact._id === contactId);
    expect(found.contactManager).toEqual({ _id: agent._id, name: `User ${agent.username}`, username: agent.username });
    expect((await get('omnichannel/contacts.search', { searchText: '.*' })).body.total).toBe(0);
  });

  it('§2.5: count is the requested page size (quirk), capped at 100; sort parsing', async () => {
    const { body } = await get('omnichannel/contacts.search', { count: '1', offset: '0', sort: '{"name":-1}' });
    expect(body.contacts).toHaveLength(1);
    expect(body.count).toBe(1);
    expect((await get('omnichannel/contacts.search', { count: '500', searchText: 'invalid' })).body.count).toBe(100);
    expect(await get('omnichannel/contacts.search', { sort: '{"name":2}' })).toEqual({
      status: 400,
      body: invalidSort('{"name":2}'),
    });
    expect(await get('omnichannel/contacts.search', { count: 'abc' })).toEqual({
      status: 400,
      body: invalidParams('must be number'),
    });
    expect(await get('omnichannel/contacts.search', { unknown: 'maybe' })).toEqual({
      status: 400,
      body: invalidParams('must be boolean'),
    });
  });
});

describe('[GET] omnichannel/contacts.history', () => {
  let visitor: Awaited<ReturnType<typeof helpers.createVisitor>>;
  let room1: { _id: string; contactId: string };
  beforeAll(async () => {
    visitor = await helpers.createVisitor();
    room1 = await helpers.openRoom(visitor.token);
    await helpers.closeRoomByUser(room1._id);
    await helpers.openRoom(visitor.token, {
      referer: `${suite.server.url}/livechat`,
      host: new URL(suite.server.url).host,
    });
  });

  it('H1: should be able to list a contact history', async () => {
    const { status, body } = await get('omnichannel/contacts.history', { contactId: room1.contactId });
    expect(status).toBe(200);
    expect(body.history).toHaveLength(1);
    expect(body).toMatchObject({ total: 1, count: 1, offset: 0, success: true });
    expect(body.history[0]).toMatchObject({
      _id: room1._id,
      closedAt: expect.any(String),
      closedBy: { _id: admin.userId, username: 'admin' },
      closer: 'user',
      source: { type: 'api' },
    });
  });

  it('H2: should be able to filter a room by the source', async () => {
    const { body } = await get('omnichannel/contacts.history', { contactId: room1.contactId, source: 'api' });
    expect(body.history.map((room: { _id: string }) => room._id)).toEqual([room1._id]);
  });

  it('H3: should return an empty list if contact does not have history', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await get('omnichannel/contacts.history', { contactId })).toEqual({
      status: 200,
      body: { history: [], count: 0, offset: 0, total: 0, success: true },
    });
  });

  it('H4: should return an error if contacts not exists', async () => {
    expect(await get('omnichannel/contacts.history', { contactId: 'invalid' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-contact-not-found' },
    });
  });

  it('§10.2: the widget room adds a second channel named "widget"', async () => {
    const { body } = await get('omnichannel/contacts.channels', { contactId: room1.contactId });
    expect(body.channels.map((channel: { name: string }) => channel.name)).toEqual(['api', 'widget']);
  });
});

describe('[GET] omnichannel/contacts.channels', () => {
  it('N1: should be able get the channels of a contact by his id', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { status, body } = await get('omnichannel/contacts.channels', { contactId: room.contactId });
    expect(status).toBe(200);
    expect(body.channels).toHaveLength(1);
    expect(body.channels[0]).toMatchObject({
      name: 'api',
      verified: false,
      blocked: false,
      lastChat: { _id: room._id, ts: expect.any(String) },
    });
    expect(body.channels[0].visitor).toEqual({ visitorId: visitor._id, source: { type: 'api' } });
  });

  it('N2: should return an empty array if contact does not have channels', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await get('omnichannel/contacts.channels', { contactId })).toEqual({
      status: 200,
      body: { channels: [], success: true },
    });
  });

  it('N3: should return an empty array if contact does not exist', async () => {
    expect(await get('omnichannel/contacts.channels', { contactId: 'invalid' })).toEqual({
      status: 200,
      body: { channels: [], success: true },
    });
  });

  it("N4: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.channels', { contactId: 'x' })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('N5: should return an error if contactId is missing', async () => {
    expect(await get('omnichannel/contacts.channels')).toEqual({
      status: 400,
      body: invalidParams("must have required property 'contactId'"),
    });
  });
});
