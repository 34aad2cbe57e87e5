import type { CreateProfileBody, UpdateProfileBody } from '../api/profile-fetchers';
import type { ContactProfile, CustomField } from '../api/wire';
import { messages } from '../messages';
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
        ? displayText(profile.customFields?.[field._id])
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
 * `POST omnichannel/contacts.update` with the complete current values (rocketchat-api.md §7.3): the lists and the
 * custom-field map are replaced by what is sent, so nothing may be left out. Keys the workspace no longer defines
 * are not sent: 7.2+ keeps their stored value whatever is sent, 7.1 would refuse them.
 */
export function toUpdateBody(
  values: ProfileFormValues,
  contactId: string,
  original: ProfileFormValues,
): UpdateProfileBody {
  return { contactId, ...toCreateBody(values, original) };
}

/** Stored custom values no visible visitor definition covers ("not registered" in Rocket.Chat's words). */
export function unregisteredFields(
  profile: ContactProfile | null,
  fields: CustomField[],
): { key: string; value: string }[] {
  const defined = new Set(fields.map((field) => field._id));
  return Object.entries(profile?.customFields ?? {})
    .filter(([key]) => !defined.has(key))
    .map(([key, value]) => ({ key, value: displayText(value) }));
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

export interface ProfileChange {
  label: string;
  opened: string;
  now: string;
  yours: string;
}

/** The fields that changed on the server since the form opened, with the person's own value next to them. */
export function describeProfileChanges(
  opened: ProfileFormValues,
  now: ProfileFormValues,
  yours: ProfileFormValues,
  fields: CustomField[],
  managerLabel: (id: string) => string,
): ProfileChange[] {
  const emails = (values: ProfileFormValues) => values.emails.map((email) => email.address.trim()).join(', ');
  const phones = (values: ProfileFormValues) => values.phones.map((phone) => phone.phoneNumber.trim()).join(', ');
  const manager = (values: ProfileFormValues) => (values.contactManager ? managerLabel(values.contactManager) : '');
  const custom = (values: ProfileFormValues, id: string) =>
    values.customFields.find((entry) => entry.id === id)?.value ?? '';
  const rows: ProfileChange[] = [
    { label: messages.nameLabel, opened: opened.name, now: now.name, yours: yours.name },
    { label: messages.emailLabel, opened: emails(opened), now: emails(now), yours: emails(yours) },
    { label: messages.phoneLabel, opened: phones(opened), now: phones(now), yours: phones(yours) },
    { label: messages.managerLabel, opened: manager(opened), now: manager(now), yours: manager(yours) },
    ...fields.map((field) => ({
      label: field.label || field._id,
      opened: custom(opened, field._id),
      now: custom(now, field._id),
      yours: custom(yours, field._id),
    })),
  ];
  return rows.filter((row) => row.opened !== row.now);
}
