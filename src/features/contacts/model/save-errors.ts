import { isApiError } from '@/lib/api-error';
import type { Permission } from '@/lib/permissions';
import type { CustomField } from '../api/wire';

/** A field a save error names: the manager, or a custom field by definition id. */
export type SaveErrorField = 'contactManager' | { customField: string };

export type SaveErrorTarget =
  | { kind: 'field'; field: SaveErrorField; message: string }
  | { kind: 'forbidden'; permission: Permission }
  | { kind: 'form'; message: string; transient: boolean };

const INVALID_VALUE = /^Invalid value for (.+) field$/;
const NOT_ALLOWED = /^Custom field (.+) is not allowed$/;
const MANAGER_ERRORS = new Set(['error-contact-manager-not-found', 'error-invalid-contact-manager']);

/**
 * Where a failed save belongs, so the answer shows at the field it concerns (architecture.md §4). Classified by
 * status and Rocket.Chat's error codes; the texts it parses are Rocket.Chat's fixed custom-field messages.
 */
export function saveErrorTarget(error: unknown, fields: CustomField[], permission: Permission): SaveErrorTarget {
  if (!isApiError(error)) return { kind: 'form', message: String(error), transient: false };
  if (error.isForbidden) return { kind: 'forbidden', permission };
  // No answer, a server failure or Rocket.Chat's rate limiter: the same save may succeed later.
  if (error.kind !== 'http' || error.status >= 500 || error.isRateLimited)
    return { kind: 'form', message: error.message, transient: true };
  const message = error.serverMessage ?? error.message;
  // The legacy API sends the code as errorType; the 7.1+ API sends it as the whole error text.
  if ((error.errorType && MANAGER_ERRORS.has(error.errorType)) || MANAGER_ERRORS.has(message)) {
    return { kind: 'field', field: 'contactManager', message };
  }
  const invalid = INVALID_VALUE.exec(message)?.[1];
  const byLabel = invalid && fields.find((field) => field.label === invalid || field._id === invalid);
  if (byLabel) return { kind: 'field', field: { customField: byLabel._id }, message };
  const notAllowed = NOT_ALLOWED.exec(message)?.[1];
  if (notAllowed && fields.some((field) => field._id === notAllowed))
    return { kind: 'field', field: { customField: notAllowed }, message };
  return { kind: 'form', message, transient: false };
}

/**
 * Whether a failed create may still have made the contact: only Rocket.Chat's refusal (4xx) says it did not. No
 * answer, a server failure and an answer that cannot be read (a 2xx: it was made) may all have.
 */
export function mayHaveSaved(error: unknown): boolean {
  return !(isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500);
}

/** The input of both contact forms that a save error names. */
export function contactFieldPath(
  field: SaveErrorField,
  fields: CustomField[],
): 'contactManager' | `customFields.${number}.value` {
  if (field === 'contactManager') return field;
  return `customFields.${fields.findIndex((definition) => definition._id === field.customField)}.value`;
}
