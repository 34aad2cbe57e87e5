import { t } from '@/i18n/translator';
import { z } from 'zod/mini';
import { isPhoneRegion } from '@/lib/phone-regions';
import { loadedPhoneParser, loadPhoneParser } from '@/lib/phone-parser';
import { testPattern } from '@/lib/bounded-pattern';
import type { CustomField } from '../api/wire';
import { isEmail } from './email';

/** What a person edits of a visitor contact (Rocket.Chat's legacy contact: one email, one phone). */
export interface VisitorFormValues {
  name: string;
  email: string;
  phone: string;
  region: string;
  /** One entry per visible custom field definition, in their order (ids may be numeric: no object keys). */
  customFields: { id: string; value: string }[];
  /** The manager's username ('' for none). */
  contactManager: string;
}

/**
 * Rocket.Chat's server check (validateCustomFields): a non-empty trimmed value must match the unanchored regexp.
 * The pattern runs off the page's thread; one that cannot answer in time refuses the value, as the server does.
 */
export async function customFieldError(field: CustomField, raw: string): Promise<string | undefined> {
  const value = raw.trim();
  if (!value) return field.required ? t('contacts.fieldRequired', { label: field.label }) : undefined;
  if (!field.regexp) return undefined;
  const answer = await testPattern(field.regexp, value);
  // A broken pattern is the server's to report.
  return answer === 'mismatch' || answer === 'timeout'
    ? t('contacts.fieldInvalid', { label: field.label || field._id })
    : undefined;
}

/**
 * Rocket.Chat's rules, checked before the request. An email or phone the record already had passes as it is
 * (Rocket.Chat does not check their format, so correcting the name never forces fixing them); custom fields are
 * always checked, because Rocket.Chat validates all of them on every save.
 */
export function visitorFormSchema(fields: CustomField[], original?: VisitorFormValues) {
  return z
    .object({
      name: z.string().check(z.trim(), z.minLength(1, t('contacts.nameRequired'))),
      email: z.string(),
      phone: z.string(),
      region: z.string(),
      customFields: z.array(z.object({ id: z.string(), value: z.string() })),
      contactManager: z.string(),
    })
    .check(
      z.superRefine(async (values, context) => {
        const email = values.email.trim();
        if (email && email !== original?.email && !isEmail(email)) {
          context.issues.push({
            code: 'custom',
            message: t('contacts.invalidEmail'),
            path: ['email'],
            input: values.email,
          });
        }
        const phone = values.phone.trim();
        if (phone) {
          // Loaded for any phone, an unchanged one too: `phoneToSave` needs it when the form is saved.
          const { toE164 } = await loadPhoneParser();
          if (phone !== original?.phone && !(isPhoneRegion(values.region) && toE164(phone, values.region))) {
            context.issues.push({
              code: 'custom',
              message: t('contacts.phoneInvalid'),
              path: ['phone'],
              input: values.phone,
            });
          }
        }
        for (const { index, message, input } of await customFieldIssues(values.customFields, fields))
          context.issues.push({ code: 'custom', message, path: ['customFields', index, 'value'], input });
      }),
    );
}

/**
 * What is wrong with each custom field row, by its index. Every row, changed or not: Rocket.Chat validates the whole
 * map on each save (both endpoints).
 */
export async function customFieldIssues(
  rows: { id: string; value: string }[],
  fields: CustomField[],
): Promise<{ index: number; message: string; input: string }[]> {
  const errors = await Promise.all(
    rows.map(async ({ id, value }) => {
      const field = fields.find((candidate) => candidate._id === id);
      return field && (await customFieldError(field, value));
    }),
  );
  return rows.flatMap(({ value }, index) => {
    const message = errors[index];
    return message ? [{ index, message, input: value }] : [];
  });
}

/**
 * The phone as it will be saved: E.164 when it parses, else exactly what the record had. A filled-in phone needs the
 * phone parser loaded (the form's validation loads it; a form's hint waits for `usePhoneParser`).
 */
export function phoneToSave(values: Pick<VisitorFormValues, 'phone' | 'region'>): string {
  const phone = values.phone.trim();
  if (!phone) return '';
  return (isPhoneRegion(values.region) && loadedPhoneParser().toE164(phone, values.region)) || phone;
}
