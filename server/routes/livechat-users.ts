import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { failure, meteorError } from '../http/api-error.ts';
import { addRole, findUserByUsername, saveUserDoc } from '../domain/users.ts';

const validateUsername = ajv.compile({
  type: 'object',
  properties: { username: { type: 'string' } },
  required: ['username'],
  additionalProperties: false,
});

/**
 * `POST livechat/users/:type` (apps/meteor/app/livechat/imports/server/rest/users.ts): grants the omnichannel role.
 * Checks: auth, body schema, `view-livechat-manager`, then the type (a plain `Error('Invalid type')`).
 */
export function registerLivechatUserRoutes(api: Api): void {
  api.post(
    'livechat/users/:type',
    { auth: true, validate: validateUsername, permissions: ['view-livechat-manager'] },
    ({ body, params }, { db }) => {
      const { type } = params;
      if (type !== 'agent' && type !== 'manager') throw failure('Invalid type');
      const username = String(body.username);
      // Users.findOneByUsername matches the username exactly, unlike login's case-insensitive lookup (omni-users.ts).
      const record = findUserByUsername(db, username);
      if (!record || record.doc.username !== username) throw meteorError('error-invalid-user');
      let doc = addRole(db, record.doc, `livechat-${type}`);
      if (type === 'agent') {
        // afterAgentAdded reads `status` from a `{_id, username}` projection, so it always sets "available".
        doc = { ...doc, statusLivechat: 'available', _updatedAt: new Date().toISOString() };
        saveUserDoc(db, doc);
      }
      return { user: { _id: doc._id, username: doc.username } };
    },
  );
}
