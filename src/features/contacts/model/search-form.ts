import { t } from '@/i18n/translator';
import { z } from 'zod/mini';
import type { PhoneRegion } from '@/lib/phone-regions';
import { normaliseEmail, type SearchCriteria } from './search-criteria';
import { isEmail } from './email';

/** Rocket.Chat's client-side email check (a local part, "@", a domain with a dot). */

export const searchFormSchema = z
  .object({
    email: z.string().check(
      z.trim(),
      z.refine((email) => email === '' || isEmail(email), { error: () => t('contacts.invalidEmail') }),
    ),
    phone: z.string().check(
      z.trim(),
      z.refine((phone) => phone === '' || /\d/.test(phone), { error: () => t('contacts.phoneNeedsDigits') }),
    ),
    region: z.string(),
    conditions: z.array(
      z.object({
        fieldId: z.string().check(z.minLength(1, { error: () => t('contacts.chooseField') })),
        value: z.string().check(z.trim(), z.minLength(1, { error: () => t('contacts.valueRequired') })),
      }),
    ),
  })
  .check(
    z.refine((form) => form.email !== '' || form.phone !== '' || form.conditions.length > 0, {
      // Read at validation time, so the error is in the active language.
      error: () => t('contacts.needOneCondition'),
      path: ['root'],
    }),
    z.superRefine((form, context) => {
      const seen = new Set<string>();
      form.conditions.forEach(({ fieldId }, index) => {
        if (fieldId && seen.has(fieldId)) {
          context.issues.push({
            code: 'custom',
            message: t('contacts.duplicateField'),
            path: ['conditions', index, 'fieldId'],
            input: fieldId,
          });
        }
        seen.add(fieldId);
      });
    }),
  );

export type SearchForm = z.input<typeof searchFormSchema>;

export const toSearchForm = (criteria: SearchCriteria): SearchForm => ({
  email: criteria.email,
  phone: criteria.phone,
  region: criteria.region,
  conditions: criteria.conditions,
});

/** What the form submits, normalised as Rocket.Chat stores it (trimmed, emails lower-cased). */
export const toCriteria = (form: SearchForm, region: PhoneRegion): SearchCriteria => ({
  email: normaliseEmail(form.email),
  phone: form.phone.trim(),
  region,
  conditions: form.conditions.map(({ fieldId, value }) => ({ fieldId, value: value.trim() })),
});
