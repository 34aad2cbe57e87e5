import { z } from 'zod/mini';

/**
 * What Rocket.Chat sends (packages/core-typings): tolerant of what it may omit, strict about what the screens rely
 * on. Custom-field values are typed `string`, but old servers stored other JSON, so they are read as unknown and
 * shown as text.
 */
const fieldValues = z.record(z.string(), z.unknown());

export const visitorSchema = z.object({
  _id: z.string(),
  username: z.nullish(z.string()),
  name: z.nullish(z.string()),
  token: z.nullish(z.string()),
  ts: z.nullish(z.string()),
  _updatedAt: z.nullish(z.string()),
  visitorEmails: z.nullish(z.array(z.object({ address: z.string() }))),
  phone: z.nullish(z.array(z.object({ phoneNumber: z.string() }))),
  livechatData: z.nullish(fieldValues),
  contactManager: z.nullish(z.object({ username: z.string() })),
  lastChat: z.nullish(z.object({ _id: z.string(), ts: z.string() })),
  status: z.nullish(z.string()),
  department: z.nullish(z.string()),
  contactId: z.nullish(z.string()),
});
export type Visitor = z.infer<typeof visitorSchema>;

export const customFieldSchema = z.object({
  _id: z.string(),
  label: z.string(),
  scope: z.string(),
  visibility: z.nullish(z.string()),
  type: z.nullish(z.string()),
  regexp: z.nullish(z.string()),
  required: z.nullish(z.boolean()),
  searchable: z.nullish(z.boolean()),
  options: z.nullish(z.string()),
  defaultValue: z.nullish(z.string()),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const customFieldListSchema = z.object({
  customFields: z.array(customFieldSchema),
  total: z.number(),
});

const managerSchema = z.object({ _id: z.string(), name: z.nullish(z.string()), username: z.nullish(z.string()) });

export const contactChannelSchema = z.object({
  name: z.string(),
  verified: z.nullish(z.boolean()),
  blocked: z.nullish(z.boolean()),
  visitor: z.nullish(
    z.object({ visitorId: z.string(), source: z.object({ type: z.string(), id: z.nullish(z.string()) }) }),
  ),
  details: z.nullish(
    z.object({
      type: z.nullish(z.string()),
      id: z.nullish(z.string()),
      alias: z.nullish(z.string()),
      label: z.nullish(z.string()),
    }),
  ),
  lastChat: z.nullish(z.object({ _id: z.string(), ts: z.string() })),
});
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const conflictingFieldSchema = z.object({ field: z.string(), value: z.string() });
export type ConflictingField = z.infer<typeof conflictingFieldSchema>;

/** `ILivechatContact`; `contacts.search` replaces `contactManager` (a user id) with the manager's data. */
export const contactProfileSchema = z.object({
  _id: z.string(),
  _updatedAt: z.nullish(z.string()),
  createdAt: z.nullish(z.string()),
  name: z.nullish(z.string()),
  emails: z.nullish(z.array(z.object({ address: z.string() }))),
  phones: z.nullish(z.array(z.object({ phoneNumber: z.string() }))),
  contactManager: z.nullish(z.union([z.string(), managerSchema])),
  customFields: z.nullish(fieldValues),
  conflictingFields: z.nullish(z.array(conflictingFieldSchema)),
  unknown: z.nullish(z.boolean()),
  channels: z.nullish(z.array(contactChannelSchema)),
  lastChat: z.nullish(z.object({ _id: z.string(), ts: z.string() })),
});
export type ContactProfile = z.infer<typeof contactProfileSchema>;

export const agentSchema = z.object({
  _id: z.string(),
  username: z.string(),
  name: z.nullish(z.string()),
  status: z.nullish(z.string()),
});
export type Agent = z.infer<typeof agentSchema>;
