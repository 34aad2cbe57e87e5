import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { meteorError } from '../http/api-error.ts';
import { check, ArrayOf, Maybe, ObjectIncluding } from '../http/meteor-check.ts';
import { inTransaction } from '../db/open.ts';
import { findCustomField, safeRegExpTest } from '../domain/custom-fields.ts';
import { closeRoomByVisitor, openRoom, setCustomFieldByToken } from '../domain/livechat.ts';
import { applyVisitorCustomFields, checkRequiredCustomFields, registerGuest, removeGuest } from '../domain/guests.ts';
import { findOpenRoomsByVisitorToken, findRoomById, saveRoom, type RoomSource } from '../domain/rooms.ts';
import { settingIsOn } from '../domain/settings.ts';
import { findEnabledVisitorById, findVisitorByToken } from '../domain/visitors.ts';

// rest-typings isPOSTLivechatCustomFieldParams / isPOSTLivechatCustomFieldsParams
const fieldValue = {
  type: 'object',
  properties: { key: { type: 'string' }, value: { type: 'string' }, overwrite: { type: 'boolean' } },
  required: ['key', 'value', 'overwrite'],
  additionalProperties: false,
};
const validateCustomField = ajv.compile({
  ...fieldValue,
  properties: { token: { type: 'string' }, ...fieldValue.properties },
  required: ['token', ...fieldValue.required],
});
const validateCustomFields = ajv.compile({
  type: 'object',
  properties: { token: { type: 'string' }, customFields: { type: 'array', items: fieldValue, minItems: 1 } },
  required: ['token', 'customFields'],
  additionalProperties: false,
});
const validateRoom = ajv.compile({
  type: 'object',
  properties: { token: { type: 'string' }, rid: { type: 'string' }, agentId: { type: 'string' } },
  required: ['token'],
  additionalProperties: true,
});
const validateClose = ajv.compile({
  type: 'object',
  properties: { rid: { type: 'string' }, token: { type: 'string' } },
  required: ['rid', 'token'],
  additionalProperties: false,
});

// Rocket.Chat's validateEmail (apps/meteor/lib/emailValidator.ts)
const EMAIL =
  /^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;

interface VisitorBody {
  token: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  username?: string | null;
  department?: string | null;
  customFields?: { key: string; value: string; overwrite: boolean }[] | null;
}

/** A widget request comes from the `/livechat` page of the same server; anything else is the REST API. */
function sourceOf(header: (name: string) => string | undefined): RoomSource {
  const referer = header('referer');
  try {
    const url = referer ? new URL(referer) : undefined;
    if (url && url.host === header('host') && /^\/livechat/.test(url.pathname))
      return { type: 'widget', destination: url.host };
  } catch {
    // not a URL: not the widget
  }
  return { type: 'api' };
}

/** The visitor-facing routes (no login; the visitor token is the key): livechat/visitor.ts, customField.ts, room.ts. */
export function registerLivechatVisitorRoutes(
  api: Api,
  options: { contacts: boolean; requiredCustomFields: boolean },
): void {
  api.post('livechat/visitor', { auth: false }, ({ body, header }, { db }) => {
    check(body, {
      visitor: ObjectIncluding({
        token: String,
        name: Maybe(String),
        email: Maybe(String),
        department: Maybe(String),
        phone: Maybe(String),
        username: Maybe(String),
        customFields: Maybe(ArrayOf(ObjectIncluding({ key: String, value: String, overwrite: Boolean }))),
      }),
    });
    const input = body.visitor as VisitorBody;
    if (!input.token.trim())
      throw meteorError('error-invalid-token', 'Token cannot be empty', { method: 'livechat/visitor' });
    const email = input.email?.trim().toLowerCase();
    if (email && !EMAIL.test(email))
      throw meteorError('error-invalid-email', `Invalid email ${email}`, { function: 'Livechat.registerGuest' });
    const visitor = inTransaction(db, () =>
      registerGuest(db, {
        token: input.token,
        ...(input.name ? { name: input.name } : {}),
        ...(email ? { email } : {}),
        ...(input.phone ? { phone: input.phone } : {}),
        ...(input.username ? { username: input.username } : {}),
        ...(input.department ? { department: input.department } : {}),
        headers: header,
      }),
    );
    const customFields = input.customFields ?? [];
    if (!customFields.length) return { visitor };
    // Checked after the visitor is registered, as Rocket.Chat does: a refused call still leaves the visitor saved.
    // 6.x has no such check (PR #35165 came in 7.x).
    if (options.requiredCustomFields)
      checkRequiredCustomFields(
        db,
        customFields.map((field) => field.key),
      );
    if (!inTransaction(db, () => applyVisitorCustomFields(db, visitor, customFields))) return { visitor };
    return { visitor: findEnabledVisitorById(db, visitor._id) ?? null };
  });

  // GET and DELETE answer anyone who knows the token, as Rocket.Chat does (no login).
  api.get('livechat/visitor/:token', { auth: false }, ({ params }, { db }) => {
    const visitor = findVisitorByToken(db, params.token ?? '');
    if (!visitor) throw meteorError('invalid-token');
    return { visitor };
  });

  api.delete('livechat/visitor/:token', { auth: false }, ({ params }, { db }) => {
    const visitor = findVisitorByToken(db, params.token ?? '');
    if (!visitor) throw meteorError('invalid-token');
    // With the "GDPR" setting on, a visitor is removed even in the middle of a conversation.
    if (
      findOpenRoomsByVisitorToken(db, visitor.token).length &&
      !settingIsOn(db, 'Livechat_Allow_collect_and_store_HTTP_header_informations')
    )
      throw meteorError('visitor-has-open-rooms', 'Cannot remove visitors with opened rooms');
    if (!inTransaction(db, () => removeGuest(db, visitor._id)))
      throw meteorError('error-removing-visitor', 'An error ocurred while deleting visitor');
    return { visitor: { _id: visitor._id, ts: new Date().toISOString() } };
  });

  api.post('livechat/visitor.status', { auth: false }, ({ body }, { db }) => {
    check(body, { token: String, status: String });
    const { token, status } = body as { token: string; status: string };
    if (!findVisitorByToken(db, token)) throw meteorError('invalid-token');
    // notifyGuestStatusChanged: the visitor's open rooms carry the new status; the visitor record does not.
    inTransaction(db, () => {
      for (const room of findOpenRoomsByVisitorToken(db, token)) saveRoom(db, { ...room, v: { ...room.v, status } });
    });
    return { token, status };
  });

  api.post('livechat/custom.field', { auth: false, validate: validateCustomField }, ({ body }, { db }) => {
    const { token, key, value, overwrite } = body as { token: string; key: string; value: string; overwrite: boolean };
    if (!findVisitorByToken(db, token)) throw new Error('invalid-token');
    inTransaction(db, () => setCustomFieldByToken(db, token, key, value, overwrite));
    return { field: { key, value, overwrite } };
  });

  api.post('livechat/custom.fields', { auth: false, validate: validateCustomFields }, ({ body }, { db }) => {
    const { token, customFields } = body as {
      token: string;
      customFields: { key: string; value: string; overwrite: boolean }[];
    };
    if (!findVisitorByToken(db, token)) throw new Error('invalid-token');
    // Every field is checked before anything is written.
    for (const { key, value } of customFields) {
      const field = findCustomField(db, key);
      if (!field) throw new Error('invalid-custom-field');
      if (field.regexp && !safeRegExpTest(field.regexp, value)) throw new Error(`Invalid value for ${key} field`);
    }
    inTransaction(db, () =>
      customFields.forEach(({ key, value, overwrite }) => setCustomFieldByToken(db, token, key, value, overwrite)),
    );
    // Rocket.Chat really spells it `Key` here.
    return { fields: customFields.map(({ key, value, overwrite }) => ({ Key: key, value, overwrite })) };
  });

  api.get('livechat/room', { auth: false, validate: validateRoom }, ({ query, header }, { db }) => {
    const token = String(query.token);
    const visitor = findVisitorByToken(db, token);
    if (!visitor) throw new Error('invalid-token');
    if (typeof query.rid === 'string') {
      const existing = findRoomById(db, query.rid);
      if (existing?.open && existing.v.token === token) return { room: existing, newRoom: false };
    }
    const room = inTransaction(db, () => openRoom(db, visitor, sourceOf(header), { contacts: options.contacts }));
    return { room, newRoom: true };
  });

  api.post('livechat/room.close', { auth: false, validate: validateClose }, ({ body }, { db }) => {
    const { rid, token } = body as { rid: string; token: string };
    const visitor = findVisitorByToken(db, token);
    if (!visitor) throw new Error('invalid-token');
    const room = findRoomById(db, rid);
    if (!room || room.v.token !== token) throw new Error('invalid-room');
    if (!room.open) throw new Error('room-closed');
    const comment = 'Closed by visitor';
    inTransaction(db, () => closeRoomByVisitor(db, room, visitor));
    return { rid, comment };
  });
}
