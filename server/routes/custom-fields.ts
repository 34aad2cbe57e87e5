import type { Api } from '../http/api.ts';
import type { Profile } from '../profile.ts';
import { ajv } from '../http/ajv.ts';
import { failure } from '../http/api-error.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { inTransaction } from '../db/open.ts';
import { compareBy } from '../domain/sort.ts';
import {
  allCustomFields,
  deleteCustomField,
  findCustomField,
  saveCustomField,
  type CustomFieldDoc,
} from '../domain/custom-fields.ts';

// rest-typings isLivechatCustomFieldsProps
const validateList = ajv.compile({
  type: 'object',
  properties: {
    text: { type: 'string' },
    count: { type: 'number' },
    offset: { type: 'number' },
    sort: { type: 'string' },
    query: { type: 'string' },
  },
  additionalProperties: false,
});

// rest-typings isPOSTLivechatSaveCustomFieldsParams (7.11): the body of Rocket.Chat's admin form
// (client/views/omnichannel/customFields/EditCustomFields.tsx). The schema file itself is not in the index:
// the keys follow the method `livechat:saveCustomField` and the e2e helper `tests/data/livechat/custom-fields.ts`.
const validateSave = ajv.compile({
  type: 'object',
  properties: {
    customFieldId: { type: 'string', nullable: true },
    customFieldData: {
      type: 'object',
      properties: {
        field: { type: 'string' },
        label: { type: 'string' },
        scope: { type: 'string', enum: ['visitor', 'room'] },
        visibility: { type: 'string' },
        regexp: { type: 'string' },
        searchable: { type: 'boolean' },
        type: { type: 'string' },
        required: { type: 'boolean' },
        defaultValue: { type: 'string' },
        options: { type: 'string' },
        public: { type: 'boolean' },
      },
      required: ['field', 'label', 'scope', 'visibility'],
      additionalProperties: false,
    },
  },
  required: ['customFieldData'],
  additionalProperties: false,
});

const validateDelete = ajv.compile({
  type: 'object',
  properties: { customFieldId: { type: 'string' } },
  required: ['customFieldId'],
  additionalProperties: false,
});

const FIELD_NAME = /^[0-9a-zA-Z-_]+$/;

/** apps/meteor/app/livechat/server/api/v1/customField.ts (7.11) and api/lib/customFields.ts. */
export function registerCustomFieldRoutes(api: Api, profile: Profile): void {
  api.get(
    'livechat/custom-fields',
    { auth: true, validate: validateList, permissions: ['view-l-room'] },
    ({ query }, { db }) => {
      const { offset, count } = getPaginationItems(query);
      const sort = parseSort(query.sort) ?? [['label', 1]];
      const text = typeof query.text === 'string' ? query.text.toLowerCase() : '';
      const matching = allCustomFields(db).filter(
        (field) => !text || field.label.toLowerCase().includes(text) || field._id.toLowerCase().includes(text),
      );
      const customFields = matching.sort(compareBy(sort)).slice(offset, offset + limitOf(count));
      return { customFields, count: customFields.length, offset, total: matching.length };
    },
  );

  api.get('livechat/custom-fields/:_id', { auth: true, permissions: ['view-l-room'] }, ({ params }, { db }) => ({
    customField: findCustomField(db, params._id ?? '') ?? null,
  }));

  // The REST save/delete pair arrived in 7.11; before that only the `livechat:saveCustomField` method existed.
  if (profile.major < 7) return;

  api.post(
    'livechat/custom-fields.save',
    { auth: true, validate: validateSave, permissions: ['view-livechat-manager'] },
    ({ body }, { db }) => {
      const customFieldId = body.customFieldId as string | null | undefined;
      const { field, label, scope, visibility, ...extra } = body.customFieldData as Omit<
        CustomFieldDoc,
        '_id' | '_updatedAt'
      > & { field: string };
      // Rocket.Chat tests the *id* with `RegExp.test`, so null and undefined pass as the strings "null"/"undefined"
      // and only "" (or odd characters in an id) fail; the new field's name is not checked at all.
      if (!FIELD_NAME.test(String(customFieldId)))
        throw failure('Invalid custom field name. Use only letters, numbers, hyphens and underscores.');
      return inTransaction(db, () => {
        const now = new Date().toISOString();
        if (customFieldId) {
          const existing = findCustomField(db, customFieldId);
          if (!existing) throw failure('Custom Field Not found');
          // createOrUpdateCustomField `$set`s the record and returns it without `_id`.
          const record = { label, scope, visibility, ...extra, _updatedAt: now };
          saveCustomField(db, { ...existing, ...record });
          return { customField: record };
        }
        if (findCustomField(db, field)) throw failure('Custom Field already exists');
        const record: CustomFieldDoc = { label, scope, visibility, ...extra, _id: field, _updatedAt: now };
        saveCustomField(db, record);
        return { customField: record };
      });
    },
  );

  api.post(
    'livechat/custom-fields.delete',
    { auth: true, validate: validateDelete, permissions: ['view-livechat-manager'] },
    ({ body }, { db }) => {
      if (!deleteCustomField(db, String(body.customFieldId))) throw failure('Custom field not found');
      return {};
    },
  );
}
