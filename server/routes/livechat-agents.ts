import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { failure, forbidden } from '../http/api-error.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { hasPermission } from '../domain/permissions.ts';
import { findUserById, listUsersWithRole, type UserDoc } from '../domain/users.ts';
import { compareBy } from '../domain/sort.ts';

// rest-typings isLivechatUsersManagerGETProps
const validateList = ajv.compile({
  type: 'object',
  properties: {
    text: { type: 'string' },
    onlyAvailable: { type: 'boolean' },
    excludeId: { type: 'string' },
    showIdleAgents: { type: 'boolean' },
    count: { type: 'number' },
    offset: { type: 'number' },
    sort: { type: 'string' },
    query: { type: 'string' },
    fields: { type: 'string' },
  },
  additionalProperties: false,
});

const projectAgent = (user: UserDoc) => ({
  _id: user._id,
  username: user.username,
  name: user.name,
  status: user.status,
  ...(user.statusLivechat ? { statusLivechat: user.statusLivechat } : {}),
  emails: user.emails,
});

/**
 * GET `livechat/users/:type` and `livechat/users/:type/:_id` (apps/meteor/app/livechat/imports/server/rest/users.ts,
 * api/lib/users.ts `findAgents`). Listing agents needs no route permission but answers `forbidden()` (403
 * "unauthorized") unless the caller may transfer chats or edit contacts.
 */
export function registerLivechatAgentRoutes(api: Api): void {
  api.get('livechat/users/:type', { auth: true, validate: validateList }, ({ user, query, params }, { db }) => {
    const { offset, count } = getPaginationItems(query);
    const sort = parseSort(query.sort) ?? [['name', 1]];
    const type = params.type;
    if (type === 'agent') {
      if (
        !hasPermission(db, user.roles, 'transfer-livechat-guest') &&
        !hasPermission(db, user.roles, 'edit-omnichannel-contact')
      )
        throw forbidden();
    } else if (type === 'manager') {
      if (!hasPermission(db, user.roles, 'view-livechat-manager')) throw forbidden();
    } else {
      throw new Error('Invalid type');
    }
    const text = typeof query.text === 'string' ? query.text.toLowerCase() : '';
    const matching = listUsersWithRole(db, `livechat-${type}`).filter(
      (candidate) =>
        (!text ||
          [candidate.username, candidate.name, ...candidate.emails.map((email) => email.address)].some((value) =>
            value.toLowerCase().includes(text),
          )) &&
        (query.onlyAvailable !== true || candidate.statusLivechat === 'available') &&
        (typeof query.excludeId !== 'string' || candidate._id !== query.excludeId) &&
        (query.showIdleAgents !== false || candidate.status !== 'offline' || candidate.roles.includes('bot')),
    );
    const users = matching
      .sort(compareBy(sort))
      .slice(offset, offset + limitOf(count))
      .map((candidate) => ({ ...projectAgent(candidate), ...(type === 'agent' ? { departments: [] } : {}) }));
    return { users, count: users.length, offset, total: matching.length };
  });

  api.get('livechat/users/:type/:_id', { auth: true, permissions: ['view-livechat-manager'] }, ({ params }, { db }) => {
    const found = findUserById(db, params._id ?? '')?.doc;
    if (!found) throw failure('User not found');
    if (params.type !== 'agent' && params.type !== 'manager') throw new Error('Invalid type');
    return { user: found.roles.includes(`livechat-${params.type}`) ? projectAgent(found) : null };
  });
}
