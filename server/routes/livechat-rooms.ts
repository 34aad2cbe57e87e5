import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { inTransaction } from '../db/open.ts';
import { closeRoomByUser } from '../domain/livechat.ts';
import { hasPermission } from '../domain/permissions.ts';
import { findRoomById } from '../domain/rooms.ts';
import { settingIsOn } from '../domain/settings.ts';

// rest-typings isPOSTLivechatRoomCloseByUserParams
const validateCloseByUser = ajv.compile({
  type: 'object',
  properties: {
    rid: { type: 'string' },
    comment: { type: 'string', nullable: true },
    tags: { type: 'array', items: { type: 'string' }, nullable: true },
    generateTranscriptPdf: { type: 'boolean', nullable: true },
    transcriptEmail: {
      type: 'object',
      properties: {
        sendToVisitor: { type: 'boolean' },
        requestData: {
          type: 'object',
          properties: { email: { type: 'string' }, subject: { type: 'string' } },
          required: ['email', 'subject'],
          additionalProperties: false,
        },
      },
      required: ['sendToVisitor'],
      additionalProperties: false,
    },
    forceClose: { type: 'boolean' },
  },
  required: ['rid'],
  additionalProperties: false,
});

type CloseByUserBody = { rid: string; comment?: string | null; tags?: string[] | null };

/** The agent-side room routes (apps/meteor/app/livechat/server/api/v1/room.ts). */
export function registerLivechatRoomRoutes(api: Api): void {
  api.post(
    'livechat/room.closeByUser',
    { auth: true, validate: validateCloseByUser, permissions: ['close-livechat-room'] },
    ({ user, body }, { db }) => {
      const { rid, comment, tags } = body as CloseByUserBody;
      inTransaction(db, () => {
        // Checks in the order of lib/server/functions/closeLivechatRoom.ts, then livechat/server/lib/closeRoom.ts.
        const room = findRoomById(db, rid);
        if (!room) throw new Error('error-invalid-room');
        // Rocket.Chat asks whether the user has a subscription to the room. Only the serving agent holds one, and
        // closing removes every subscription, so after a close even that agent needs `close-others-livechat-room`;
        // that is why a second close can answer "not authorized" before "already closed".
        const subscribed = room.open === true && room.servedBy?._id === user._id;
        if (!subscribed && !hasPermission(db, user.roles, 'close-others-livechat-room'))
          throw new Error('error-not-authorized');
        if (!room.open) throw new Error('error-room-already-closed');
        // `Livechat_request_comment_when_closing_conversation` (on by default) refuses a missing or blank comment.
        // `forceClose` is accepted by the schema and ignored: it needs `Omnichannel_allow_force_close_conversations`,
        // off by default, which this server does not have.
        if (settingIsOn(db, 'Livechat_request_comment_when_closing_conversation') && !comment?.trim())
          throw new Error('error-comment-is-required');
        closeRoomByUser(db, room, user, { tags: tags ?? null, comment: comment ?? null });
      });
      // `API.v1.success()` with no argument.
      return {};
    },
  );
}
