import { ajv } from '../http/ajv.ts';

// Schemas of packages/rest-typings/src/v1/omnichannel.ts (7.x): additionalProperties false everywhere,
// no length limits, `uniqueItems` on emails and phones.
const stringList = { type: 'array', items: { type: 'string' }, uniqueItems: true };
const nullableStringList = { ...stringList, nullable: true };

export const validateCreateContact = ajv.compile({
  type: 'object',
  properties: {
    name: { type: 'string' },
    emails: stringList,
    phones: stringList,
    customFields: { type: 'object', nullable: true },
    contactManager: { type: 'string', nullable: true },
  },
  required: ['name', 'emails', 'phones'],
  additionalProperties: false,
});

export const validateUpdateContact = ajv.compile({
  type: 'object',
  properties: {
    contactId: { type: 'string' },
    name: { type: 'string' },
    emails: nullableStringList,
    phones: nullableStringList,
    customFields: { type: 'object', nullable: true },
    contactManager: { type: 'string', nullable: true },
    wipeConflicts: { type: 'boolean', nullable: true },
  },
  required: ['contactId'],
  additionalProperties: false,
});

export const validateResolveConflicts = ajv.compile({
  type: 'object',
  properties: {
    contactId: { type: 'string' },
    name: { type: 'string', nullable: true },
    contactManager: { type: 'string', nullable: true },
    customFields: { type: 'object' },
    wipeConflicts: { type: 'boolean', nullable: true },
  },
  required: ['contactId'],
  additionalProperties: false,
});

const contactIdOnly = (extra: Record<string, object> = {}) => ({
  type: 'object',
  properties: { contactId: { type: 'string', isNotEmpty: true }, ...extra },
  required: ['contactId'],
  additionalProperties: false,
});

export const validateGetContact = ajv.compile(contactIdOnly());

export const validateChannels = ajv.compile({
  type: 'object',
  properties: { contactId: { type: 'string' } },
  required: ['contactId'],
  additionalProperties: false,
});

export const validateDeleteContact = ajv.compile({
  type: 'object',
  properties: { contactId: { type: 'string' } },
  required: ['contactId'],
  additionalProperties: false,
});

export const validateSearchContacts = ajv.compile({
  type: 'object',
  properties: {
    searchText: { type: 'string' },
    unknown: { type: 'boolean' },
    count: { type: 'number' },
    offset: { type: 'number' },
    sort: { type: 'string' },
  },
  additionalProperties: false,
});

export const validateHistory = ajv.compile({
  type: 'object',
  properties: {
    contactId: { type: 'string' },
    source: { type: 'string' },
    count: { type: 'number' },
    offset: { type: 'number' },
    sort: { type: 'string' },
  },
  required: ['contactId'],
  additionalProperties: false,
});

const onlyOne = (key: string, format?: string) => ({
  type: 'object',
  properties: { [key]: { type: 'string', isNotEmpty: true, ...(format ? { format } : {}) } },
  required: [key],
  additionalProperties: false,
});

export const validateCheckExistence = ajv.compile({
  oneOf: [onlyOne('contactId'), onlyOne('email', 'basic_email'), onlyOne('phone')],
});
