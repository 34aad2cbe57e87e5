import { z } from 'zod/mini';
import { readDraft } from '@/lib/drafts';
import type { CustomField } from '../api/wire';
import type { VisitorFormValues } from './visitor-form';
import { alignCustomFields } from './align-custom-fields';

const valuesSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  region: z.string(),
  customFields: z.array(z.object({ id: z.string(), value: z.string() })),
  contactManager: z.string(),
});

/**
 * An unsaved visitor form: its values, the visitor token (so a retried registration updates the same visitor),
 * and the version of the record the person started from (to tell a stale edit).
 */
const draftSchema = z.object({
  token: z.string(),
  values: valuesSchema,
  base: z.nullable(z.object({ updatedAt: z.nullable(z.string()), values: valuesSchema })),
});
export type VisitorDraft = z.infer<typeof draftSchema>;

export const visitorDraftKey = (visitorId: string | undefined) => `visitor:${visitorId ?? 'new'}`;

/** The stored draft, its custom fields lined up with today's definitions; undefined when there is none. */
export function loadVisitorDraft(key: string, fields: CustomField[]): VisitorDraft | undefined {
  const parsed = draftSchema.safeParse(readDraft(key));
  if (!parsed.success) return undefined;
  const align = (values: VisitorFormValues) => alignCustomFields(values, fields);
  const { token, values, base } = parsed.data;
  return { token, values: align(values), base: base && { updatedAt: base.updatedAt, values: align(base.values) } };
}

/** A visitor token as Rocket.Chat's widget makes one (Meteor's Random.id alphabet), from the browser's CSPRNG. */
export function newVisitorToken(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
  return Array.from(crypto.getRandomValues(new Uint32Array(24)), (n) => alphabet[n % alphabet.length]).join('');
}
