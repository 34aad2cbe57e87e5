import { randomUUID } from 'node:crypto';
import type { Credentials, TestServer } from './test-server.ts';
import { TEST_CUSTOM_FIELD } from '../../e2e/support/custom-field-defaults.ts';

/** REST set-up helpers mirroring Rocket.Chat's own test data helpers (tests/data/livechat/*.ts). */
export function omnichannelHelpers(server: TestServer, admin: () => Credentials) {
  const ok = async (method: 'GET' | 'POST', path: string, options: Parameters<TestServer['call']>[2]) => {
    const response = await server.call(method, path, options);
    if (response.status !== 200)
      throw new Error(`${method} ${path} -> ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  return {
    setPermission: (id: string, roles: string[]) =>
      ok('POST', 'permissions.update', { auth: admin(), body: { permissions: [{ _id: id, roles }] } }),

    createUser: async (roles: string[] = ['user']) => {
      const username = `u${randomUUID().slice(0, 8)}`;
      const body = await ok('POST', 'users.create', {
        auth: admin(),
        body: { username, name: `User ${username}`, email: `${username}@example.com`, password: 'pass-1234', roles },
      });
      return { _id: body.user._id as string, username, password: 'pass-1234' };
    },

    createCustomField: (data: Record<string, unknown> & { field: string }) =>
      ok('POST', 'livechat/custom-fields.save', {
        auth: admin(),
        body: {
          customFieldId: null,
          customFieldData: { label: data.field, ...TEST_CUSTOM_FIELD, public: true, ...data },
        },
      }),

    deleteCustomField: (id: string) =>
      ok('POST', 'livechat/custom-fields.delete', { auth: admin(), body: { customFieldId: id } }),

    /** `createVisitor()` of tests/data/livechat/rooms.ts: lower-case email, 10-digit phone, the `address` field. */
    createVisitor: async (overrides: Record<string, unknown> = {}) => {
      const token = randomUUID().replace(/-/g, '').slice(0, 17);
      const phone = String(Math.floor(1e9 + Math.random() * 9e9));
      const body = await ok('POST', 'livechat/visitor', {
        body: {
          visitor: {
            name: `Visitor ${token}`,
            email: `${token}@${token}.com`,
            token,
            phone,
            customFields: [{ key: 'address', value: 'Rocket.Chat street', overwrite: true }],
            ...overrides,
          },
        },
      });
      return body.visitor as {
        _id: string;
        token: string;
        name: string;
        username: string;
        visitorEmails: { address: string }[];
        phone: { phoneNumber: string }[];
      };
    },

    openRoom: async (token: string, headers?: Record<string, string>) =>
      (await ok('GET', 'livechat/room', { query: { token }, ...(headers ? { headers } : {}) })).room,

    closeRoom: (rid: string, token: string) => ok('POST', 'livechat/room.close', { body: { rid, token } }),

    /** `closeOmnichannelRoom()` of tests/data/livechat/rooms.ts: the admin closes with a comment. */
    closeRoomByUser: (rid: string, auth: Credentials = admin()) =>
      ok('POST', 'livechat/room.closeByUser', { auth, body: { rid, comment: 'Closed by the tests' } }),

    /** `sendMessage()` of tests/data/livechat/rooms.ts: the visitor writes, by token. */
    sendMessage: async (rid: string, msg: string, token: string) =>
      (await ok('POST', 'livechat/message', { body: { rid, msg, token } })).message,

    /** `sendAgentMessage()` of tests/data/livechat/rooms.ts, through `chat.sendMessage` (the method-call route's REST twin). */
    sendAgentMessage: async (rid: string, msg: string, auth: Credentials = admin()) =>
      (await ok('POST', 'chat.sendMessage', { auth, body: { message: { rid, msg } } })).message,

    createContact: async (body: Record<string, unknown>) =>
      (await ok('POST', 'omnichannel/contacts', { auth: admin(), body })).contactId as string,

    getContact: async (contactId: string) =>
      (await ok('GET', 'omnichannel/contacts.get', { auth: admin(), query: { contactId } })).contact,
  };
}

export const uniqueEmail = () => `${randomUUID().slice(0, 12)}@example.com`;
export const uniquePhone = () => `+55${String(Math.floor(1e10 + Math.random() * 9e10))}`;
export const unauthorized = {
  success: false,
  error: 'User does not have the permissions required for this action [error-unauthorized]',
};
export const invalidParams = (message: string) => ({
  success: false,
  error: `${message} [invalid-params]`,
  errorType: 'invalid-params',
});
