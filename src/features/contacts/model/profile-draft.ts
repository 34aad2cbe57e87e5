import { z } from 'zod/mini';
import { readDraft } from '@/lib/drafts';
import type { CustomField } from '../api/wire';
import type { ProfileFormValues } from './profile-form';
import { alignCustomFields } from './align-custom-fields';

const valuesSchema = z.object({
  name: z.string(),
  emails: z.array(z.object({ address: z.string() })),
  phones: z.array(z.object({ phoneNumber: z.string() })),
  region: z.string(),
  customFields: z.array(z.object({ id: z.string(), value: z.string() })),
  contactManager: z.string(),
});

const createBodySchema = z.object({
  name: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  customFields: z.record(z.string(), z.string()),
  contactManager: z.optional(z.string()),
});

/**
 * An unsaved profile form: its values, the version of the record the person started from (to tell a stale edit),
 * and, for a new contact, the creates whose answers were lost. `POST omnichannel/contacts` is not idempotent, so those
 * attempts are remembered (across reloads and logins too) until the contact it may have made has been looked for.
 */
const draftSchema = z.object({
  values: valuesSchema,
  base: z.object({ updatedAt: z.nullable(z.string()), values: valuesSchema }),
  uncertain: z.array(z.object({ startedAt: z.string(), body: createBodySchema })),
});
export type ProfileDraft = z.infer<typeof draftSchema>;
export type UncertainCreate = ProfileDraft['uncertain'][number];

/**
 * The attempts that may have created the contact, after one more: an attempt with the same body is the same
 * question, so the earliest start is kept (the wider window to look in).
 */
export function addUncertain(attempts: UncertainCreate[], attempt: UncertainCreate): UncertainCreate[] {
  const same = (other: UncertainCreate) => JSON.stringify(other.body) === JSON.stringify(attempt.body);
  return attempts.some(same) ? attempts : [...attempts, attempt];
}

export const profileDraftKey = (contactId: string | undefined) => `profile:${contactId ?? 'new'}`;

/** The stored draft, its custom fields lined up with today's definitions; undefined when there is none. */
export function loadProfileDraft(key: string, fields: CustomField[]): ProfileDraft | undefined {
  const parsed = draftSchema.safeParse(readDraft(key));
  if (!parsed.success) return undefined;
  const align = (values: ProfileFormValues) => alignCustomFields(values, fields);
  const { values, base, uncertain } = parsed.data;
  return { values: align(values), base: { updatedAt: base.updatedAt, values: align(base.values) }, uncertain };
}
