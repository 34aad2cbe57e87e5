import type { CustomField, Visitor } from '../api/wire';
import { ownValue } from './field-changes';
import { displayText } from './format';
import { emailToSave } from './profile-form';
import { phoneToSave, type VisitorFormValues } from './visitor-form';

/** Visible definitions describe the form; a new contact starts from their default values or what was searched. */
export function fromVisitor(
  visitor: Visitor | null,
  fields: CustomField[],
  region: string,
  prefill: Partial<Record<string, string>> = {},
): VisitorFormValues {
  return {
    name: visitor?.name ?? '',
    email: visitor ? (visitor.visitorEmails?.[0]?.address ?? '') : (prefill.email ?? ''),
    phone: visitor ? (visitor.phone?.[0]?.phoneNumber ?? '') : (prefill.phone ?? ''),
    region,
    customFields: fields.map((field) => ({
      id: field._id,
      value: visitor
        ? displayText(ownValue(visitor.livechatData, field._id))
        : (prefill[`cf.${field._id}`] ?? field.defaultValue ?? ''),
    })),
    contactManager: visitor?.contactManager?.username ?? '',
  };
}

/**
 * `POST omnichannel/contact` replaces what it is given and unsets what it is not (rocketchat-api.md §6.1): the
 * email when missing, the manager when missing, the whole custom-field map. So the body always carries every
 * current value; an empty phone is sent as "" because a missing phone is kept, not cleared.
 */
export function toRegisterPayload(values: VisitorFormValues, token: string) {
  const email = emailToSave(values.email);
  const customFields = Object.fromEntries(
    values.customFields.filter(({ value }) => value.trim() !== '').map(({ id, value }) => [id, value.trim()]),
  );
  return {
    token,
    name: values.name.trim(),
    ...(email ? { email } : {}),
    phone: phoneToSave(values),
    customFields,
    ...(values.contactManager ? { contactManager: { username: values.contactManager } } : {}),
  };
}
