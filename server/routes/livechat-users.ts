import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { meteorError } from '../http/api-error.ts';
import { addRole, findUserByUsername, saveUserDoc } from '../domain/users.ts';

const validateUsername = ajv.compile({
  type: 'object',
  properties: { username: { type: 'string' } },
  required: ['username'],
  additionalProperties: false,
});

/** `POST livechat/users/:type` (apps/meteor/app/livechat/imports/server/rest/users.ts): grants the omnichannel role. */
export function registerLivechatUserRoutes(api: Api): void {
  for (const type of ['agent', 'manager'] as const) {
    api.post(`livechat/users/${type}`, { auth: true, validate: validateUsername, permissions: ['view-livechat-manager'] }, ({ body }, { db }) => {
      const record = findUserByUsername(db, String(body.username));
      if (!record) throw meteorError('error-invalid-user');
      let doc = addRole(db, record.doc, `livechat-${type}`);
      if (type === 'agent' && !doc.statusLivechat) {
        doc = { ...doc, statusLivechat: 'available' };
        saveUserDoc(db, doc);
      }
      return { user: { _id: doc._id, username: doc.username } };
    });
  }
}
