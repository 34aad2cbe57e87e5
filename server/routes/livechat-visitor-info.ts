import type { Api } from '../http/api.ts';
import type { JsonBody } from '../http/api-error.ts';
import type { Db } from '../db/open.ts';
import type { UserDoc } from '../domain/users.ts';
import { canAccessLivechatRoom } from '../domain/livechat-messages.ts';
import { ajv } from '../http/ajv.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { findRoomById } from '../domain/rooms.ts';
import { findVisitorById } from '../domain/visitors.ts';
import { autocompleteVisitors, searchVisitorRooms, visitorRoomsPage } from '../domain/visitor-history.ts';

// rest-typings (packages/rest-typings/src/v1/omnichannel.ts): isLivechatVisitorsInfoProps,
// isGETLivechatVisitorsPagesVisitedRoomIdParams (and the identical chatHistory one),
// isGETLivechatVisitorsSearchChatsRoomRoomIdVisitorVisitorIdParams, isGETLivechatVisitorsAutocompleteParams.
const paging = {
  count: { type: 'number', nullable: true },
  offset: { type: 'number', nullable: true },
  sort: { type: 'string', nullable: true },
};
const validateInfo = ajv.compile({
  type: 'object',
  properties: { visitorId: { type: 'string' } },
  required: ['visitorId'],
  additionalProperties: false,
});
const validatePaging = ajv.compile({ type: 'object', properties: paging, additionalProperties: false });
const validateSearchChats = ajv.compile({
  type: 'object',
  properties: {
    ...paging,
    searchText: { type: 'string', nullable: true },
    closedChatsOnly: { type: 'string', nullable: true },
    servedChatsOnly: { type: 'string', nullable: true },
    source: { type: 'string', nullable: true },
  },
  additionalProperties: false,
});
const validateAutocomplete = ajv.compile({
  type: 'object',
  properties: { selector: { type: 'string' } },
  required: ['selector'],
  additionalProperties: false,
});

const ROOM_ACCESS = { auth: true as const, permissions: ['view-l-room'] };

/**
 * What `chatHistory` and `searchChats` check first, in Rocket.Chat's order: the page, the sort (newest first by
 * default), then the room in the path, which must exist and be open to the caller.
 */
function visitorRoomsRequest(
  db: Db,
  user: Pick<UserDoc, '_id' | 'roles'>,
  query: JsonBody,
  params: Record<string, string | undefined>,
) {
  const { offset, count } = getPaginationItems(query);
  const sort = parseSort(query.sort) ?? [['ts', -1]];
  const room = findRoomById(db, params.roomId ?? '');
  if (!room) throw new Error('invalid-room');
  if (!canAccessLivechatRoom(db, user, room)) throw new Error('error-not-allowed');
  return { offset, count, sort };
}

/**
 * The agent-side visitor routes of apps/meteor/app/livechat/imports/server/rest/visitors.ts (and their libraries in
 * apps/meteor/app/livechat/server/api/lib/visitors.ts). Every one needs `view-l-room`; business errors are plain
 * `Error`s: 400 `{"success":false,"error":"<code>"}`. Paging and sorting are read before the room is looked up,
 * so a bad `sort` wins over an unknown room.
 */
export function registerVisitorInfoRoutes(api: Api): void {
  api.get('livechat/visitors.info', { ...ROOM_ACCESS, validate: validateInfo }, ({ query }, { db }) => {
    // findOneById: a removed (disabled) visitor is still found.
    const visitor = findVisitorById(db, String(query.visitorId));
    if (!visitor) throw new Error('visitor-not-found');
    return { visitor };
  });

  api.get(
    'livechat/visitors.pagesVisited/:roomId',
    { ...ROOM_ACCESS, validate: validatePaging },
    ({ query, params }, { db }) => {
      const { offset } = getPaginationItems(query);
      parseSort(query.sort);
      if (!findRoomById(db, params.roomId ?? '')) throw new Error('invalid-room');
      // Pages are `livechat_navigation_history` messages, which only the widget's page tracking creates; this
      // server has no widget, so every room has none.
      return { pages: [], count: 0, offset, total: 0 };
    },
  );

  api.get(
    'livechat/visitors.chatHistory/room/:roomId/visitor/:visitorId',
    { ...ROOM_ACCESS, validate: validatePaging },
    ({ user, query, params }, { db }) => {
      const { offset, count, sort } = visitorRoomsRequest(db, user, query, params);
      const { rooms, total } = visitorRoomsPage(db, params.visitorId ?? '', sort, offset, limitOf(count));
      return { history: rooms, count: rooms.length, offset, total };
    },
  );

  api.get(
    'livechat/visitors.searchChats/room/:roomId/visitor/:visitorId',
    { ...ROOM_ACCESS, validate: validateSearchChats },
    ({ user, query, params }, { db }) => {
      const { offset, count, sort } = visitorRoomsRequest(db, user, query, params);
      const { rooms, total } = searchVisitorRooms(db, {
        visitorId: params.visitorId ?? '',
        // Only the exact strings "true" count (`closedChatsOnly !== 'true'`, `servedChatsOnly === 'true'`).
        closedOnly: query.closedChatsOnly === 'true',
        servedOnly: query.servedChatsOnly === 'true',
        ...(typeof query.source === 'string' && query.source ? { source: query.source } : {}),
        ...(typeof query.searchText === 'string' ? { searchText: query.searchText } : {}),
        sort,
        offset,
        count: limitOf(count),
      });
      return { history: rooms, count: rooms.length, offset, total };
    },
  );

  api.get('livechat/visitors.autocomplete', { ...ROOM_ACCESS, validate: validateAutocomplete }, ({ query }, { db }) => {
    // `JSON.parse(selector)` unguarded: bad JSON answers with the JavaScript error's message.
    const selector: unknown = JSON.parse(String(query.selector));
    // Destructuring `exceptions` out of a JSON null throws there too; other scalars just have no such keys.
    if (selector === null) throw new TypeError("Cannot destructure property 'exceptions' of 'selector' as it is null.");
    return { items: autocompleteVisitors(db, typeof selector === 'object' ? selector : {}) };
  });
}
