import type { CreateProfileBody, UpdateProfileBody } from '../api/profile-fetchers';
import type { ContactProfile, CustomField } from '../api/wire';
import { ownValue } from './field-changes';
import { displayText } from './format';
import { emailToSave, type ProfileFormValues } from './profile-form';
import { phoneToSave } from './visitor-form';

/** A profile's manager as a user id: `contacts.get` stores the id, `contacts.search` replaces it with the user. */
export function profileManagerId(profile: Pick<ContactProfile, 'contactManager'>): string {
  const manager = profile.contactManager;
  if (!manager) return '';
  return typeof manager === 'string' ? manager : manager._id;
}

/**
 * The form's values for a profile, or for a new one: the definitions' default values, and what was searched
 * (`email`, `phone`, `name`, `cf.<id>`) when the person came from a search.
 */
export function fromProfile(
  profile: ContactProfile | null,
  fields: CustomField[],
  region: string,
  prefill: Partial<Record<string, string>> = {},
): ProfileFormValues {
  const typed = (key: string) => (prefill[key] ?? '').trim();
  return {
    name: profile ? (profile.name ?? '') : typed('name'),
    emails: profile
      ? (profile.emails ?? []).map(({ address }) => ({ address }))
      : typed('email')
        ? [{ address: typed('email') }]
        : [],
    phones: profile
      ? (profile.phones ?? []).map(({ phoneNumber }) => ({ phoneNumber }))
      : typed('phone')
        ? [{ phoneNumber: typed('phone') }]
        : [],
    region,
    customFields: fields.map((field) => ({
      id: field._id,
      value: profile
        ? displayText(ownValue(profile.customFields, field._id))
        : (prefill[`cf.${field._id}`] ?? field.defaultValue ?? ''),
    })),
    contactManager: profile ? profileManagerId(profile) : '',
  };
}

/**
 * `POST omnichannel/contacts`. Every value the form holds is sent, so the same mapper serves `contacts.update`, which
 * replaces the lists and the custom-field map it is given (an empty optional field is left out: Rocket.Chat drops
 * it either way). `original` keeps stored emails exactly as they were.
 */
export function toCreateBody(values: ProfileFormValues, original?: ProfileFormValues): CreateProfileBody {
  const originalEmails = original?.emails.map((email) => email.address);
  return {
    name: values.name.trim(),
    emails: values.emails.map(({ address }) => emailToSave(address, originalEmails)),
    phones: values.phones.map(({ phoneNumber }) => phoneToSave({ phone: phoneNumber, region: values.region })),
    customFields: Object.fromEntries(
      values.customFields.filter(({ value }) => value.trim() !== '').map(({ id, value }) => [id, value.trim()]),
    ),
    ...(values.contactManager ? { contactManager: values.contactManager } : {}),
  };
}

/**
 * `POST omnichannel/contacts.update` with only what changed since `base` (the version the edit started from, or the
 * server's values the person has since seen): a save never reverts another person's change to a field this person
 * did not touch. Lists and the custom-field map are replaced as a whole by what is sent (rocketchat-api.md §7.3), so a
 * changed one goes complete. An emptied manager is not sent: Rocket.Chat cannot remove it (the schema says so first).
 */
export function toUpdateBody(values: ProfileFormValues, contactId: string, base: ProfileFormValues): UpdateProfileBody {
  const next = toCreateBody(values, base);
  const before = toCreateBody(base, base);
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
    sameList(Object.keys(a), Object.keys(b)) && Object.keys(a).every((key) => a[key] === b[key]);
  return {
    contactId,
    ...(next.name !== before.name ? { name: next.name } : {}),
    ...(!sameList(next.emails, before.emails) ? { emails: next.emails } : {}),
    ...(!sameList(next.phones, before.phones) ? { phones: next.phones } : {}),
    ...(!sameMap(next.customFields, before.customFields) ? { customFields: next.customFields } : {}),
    ...(next.contactManager && next.contactManager !== before.contactManager
      ? { contactManager: next.contactManager }
      : {}),
  };
}

/** How much earlier than the browser's clock the server may have stamped a contact (clocks differ). */
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Whether this profile is the one a create whose answer was lost made: every submitted value matches and it was
 * created after the attempt started. An identical contact made by someone else a moment earlier would match too;
 * treating it as this one is still right, since creating it again would only make a duplicate.
 */
export function isCreatedBy(profile: ContactProfile, body: CreateProfileBody, startedAt: string): boolean {
  const created = Date.parse(profile.createdAt ?? '');
  if (Number.isNaN(created) || created < Date.parse(startedAt) - CLOCK_SKEW_MS) return false;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  const stored = Object.entries(profile.customFields ?? {}).map(([key, value]) => [key, displayText(value)] as const);
  const sent = Object.entries(body.customFields);
  return (
    (profile.name ?? '') === body.name &&
    same(
      (profile.emails ?? []).map((email) => email.address),
      body.emails,
    ) &&
    same(
      (profile.phones ?? []).map((phone) => phone.phoneNumber),
      body.phones,
    ) &&
    profileManagerId(profile) === (body.contactManager ?? '') &&
    stored.length === sent.length &&
    sent.every(([key, value]) => stored.some(([storedKey, storedValue]) => storedKey === key && storedValue === value))
  );
}
