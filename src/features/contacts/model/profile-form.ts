import { t } from '@/i18n/translator';
import { z } from 'zod/mini';
import type { CustomField } from '../api/wire';
import { normaliseEmail } from './search-criteria';
import { customFieldIssues, phoneToSave } from './visitor-form';
import { isPhoneRegion } from '@/lib/phone-regions';
import { loadPhoneParser } from '@/lib/phone-parser';
import { isEmail } from './email';

/**
 * What a person edits of a contact profile (Rocket.Chat 7.1+: many emails, many phones). Rows are objects so that
 * the inputs are named like Rocket.Chat's own (`emails.0.address`, `phones.0.phoneNumber`).
 */
export interface ProfileFormValues {
  name: string;
  emails: { address: string }[];
  phones: { phoneNumber: string }[];
  /** Reads phones typed without a country code. */
  region: string;
  /** One entry per visible custom field definition, in their order (ids may be numeric: no object keys). */
  customFields: { id: string; value: string }[];
  /** The manager's user id ('' for none). */
  contactManager: string;
}

/** Values the contact already had are saved as they are: Rocket.Chat accepted them once, the form never rewrites them. */
const isOriginal = (value: string, originals: string[] | undefined) => originals?.includes(value) === true;

/**
 * The email as it will be saved: as stored when the contact already had it, else trimmed and lower-cased. Rocket.Chat
 * compares emails exactly (checkExistence, linking visitors), and its legacy API stores them lower-cased.
 */
export function emailToSave(raw: string, originals?: string[]): string {
  const email = raw.trim();
  return isOriginal(email, originals) ? email : normaliseEmail(email);
}

/**
 * Rocket.Chat's rules, checked before the request (rocketchat-api.md §7.1–7.3, rocketchat-ui.md §1.6), and the ones
 * its form misses: phones must parse, no value twice in one list (the server's `uniqueItems` would refuse the whole
 * request), and a manager cannot be removed (contacts.update ignores an empty one, silently keeping the old).
 * Every custom field is checked, not only changed ones: both endpoints re-validate the whole map on every save.
 */
export function profileFormSchema(fields: CustomField[], original?: ProfileFormValues) {
  const originalEmails = original?.emails.map((email) => email.address);
  const originalPhones = original?.phones.map((phone) => phone.phoneNumber);
  return z
    .object({
      name: z.string().check(z.trim(), z.minLength(1, t('contacts.nameRequired'))),
      emails: z.array(z.object({ address: z.string() })),
      phones: z.array(z.object({ phoneNumber: z.string() })),
      region: z.string(),
      customFields: z.array(z.object({ id: z.string(), value: z.string() })),
      contactManager: z.string(),
    })
    .check(
      z.superRefine(async (values, context) => {
        const issue = (path: (string | number)[], message: string, input: unknown) =>
          context.issues.push({ code: 'custom', message, path, input });

        const seenEmails = new Set<string>();
        values.emails.forEach(({ address }, index) => {
          const email = address.trim();
          const path = ['emails', index, 'address'];
          if (!email) return issue(path, t('contacts.emailRequired'), address);
          if (!isOriginal(email, originalEmails) && !isEmail(email))
            return issue(path, t('contacts.invalidEmail'), address);
          // Twice in one list is what the server's `uniqueItems` compares: the values as they will be saved.
          const key = emailToSave(email, originalEmails);
          if (seenEmails.has(key)) return issue(path, t('contacts.emailExists'), address);
          seenEmails.add(key);
        });

        const seenPhones = new Set<string>();
        // Loaded for any phone, unchanged ones too: `phoneToSave` needs it here and when the form is saved.
        const parser = values.phones.some(({ phoneNumber }) => phoneNumber.trim())
          ? await loadPhoneParser()
          : undefined;
        values.phones.forEach(({ phoneNumber }, index) => {
          const phone = phoneNumber.trim();
          const path = ['phones', index, 'phoneNumber'];
          if (!phone) return issue(path, t('contacts.phoneRequired'), phoneNumber);
          const parses = isPhoneRegion(values.region) && parser?.toE164(phone, values.region) !== undefined;
          if (!isOriginal(phone, originalPhones) && !parses)
            return issue(path, t('contacts.phoneInvalid'), phoneNumber);
          const key = phoneToSave({ phone, region: values.region });
          if (seenPhones.has(key)) return issue(path, t('contacts.phoneExists'), phoneNumber);
          seenPhones.add(key);
        });

        for (const { index, message, input } of await customFieldIssues(values.customFields, fields))
          issue(['customFields', index, 'value'], message, input);

        if (original?.contactManager && !values.contactManager)
          issue(['contactManager'], t('contacts.managerCannotClear'), values.contactManager);
      }),
    );
}
