import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { searchVisitors } from '../domain/visitor-search.ts';

/** `isGETLivechatVisitorsSearch` (packages/rest-typings/src/v1/omnichannel.ts): `term` required, nothing else. */
const validateVisitorsSearch = ajv.compile({
  type: 'object',
  properties: {
    count: { type: 'number', nullable: true },
    offset: { type: 'number', nullable: true },
    sort: { type: 'string', nullable: true },
    term: { type: 'string', nullable: true },
  },
  required: ['term'],
  additionalProperties: false,
});

/**
 * `GET livechat/visitors.search` (apps/meteor/app/livechat/imports/server/rest/visitors.ts), the 6.x contact
 * directory's list; 7.x keeps it. Unlike `contacts.search`, `count` is the number of visitors returned.
 */
export function registerLivechatVisitorsSearchRoutes(api: Api): void {
  api.get(
    'livechat/visitors.search',
    { auth: true, validate: validateVisitorsSearch, permissions: ['view-l-room'] },
    ({ query }, { db }) => {
      const { offset, count } = getPaginationItems(query);
      const sort = parseSort(query.sort);
      const { visitors, total } = searchVisitors(db, {
        term: typeof query.term === 'string' ? query.term : '',
        offset,
        count: limitOf(count),
        sort,
      });
      return { visitors, count: visitors.length, offset, total };
    },
  );
}
