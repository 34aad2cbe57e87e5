import { t } from '@/i18n/translator';
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { describeError } from '@/components/query-error';
import { isApiError } from '@/lib/api-error';
import type { Permission } from '@/lib/permissions';
import type { CustomField } from '../../api/wire';
import { saveErrorTarget, type SaveErrorField } from '../../model/save-errors';

/** Why the last save did not happen, when it does not belong to one field. */
export type FormError =
  { kind: 'forbidden'; permission: Permission } | { kind: 'message'; message: string; transient: boolean };

export interface SaveErrorOptions<V extends FieldValues> {
  /** Visible definitions, in the order of the form's `customFields`. */
  fields: CustomField[];
  /** The permission the save needs, named when Rocket.Chat answers 403. */
  permission: Permission;
  /** The form's input for a field an error names (both forms use `contactFieldPath`). */
  fieldOf: (field: SaveErrorField, fields: CustomField[]) => FieldPath<V>;
}

/** Bare codes the 7.1+ API answers for a manager, the same for an unknown user and a user who is not an agent. */
const MANAGER_CODES = new Set(['error-contact-manager-not-found', 'error-invalid-contact-manager']);

/** The one place a failed save is shown: at the field it concerns, else in one alert above the buttons. */
export function useSaveErrors<V extends FieldValues>(form: UseFormReturn<V>, options: SaveErrorOptions<V>) {
  const [formError, setFormError] = useState<FormError | null>(null);

  const show = (error: unknown) => {
    const target = saveErrorTarget(error, options.fields, options.permission);
    if (target.kind === 'forbidden') return setFormError({ kind: 'forbidden', permission: target.permission });
    if (target.kind === 'form')
      return setFormError({
        kind: 'message',
        message: target.transient
          ? describeError(error)
          : // contacts.update answers a bare code when the contact was deleted meanwhile.
            target.message === 'error-contact-not-found'
            ? t('contacts.contactGone')
            : target.message,
        transient: target.transient,
      });
    const message = MANAGER_CODES.has(target.message) ? t('contacts.managerNotFound') : target.message;
    form.setError(options.fieldOf(target.field, options.fields), { message }, { shouldFocus: true });
  };

  /** The record could not be read again before saving: a 404 means it was deleted meanwhile. */
  const freshFailed = (error: unknown, read: { permission: Permission; gone: string }) => {
    if (isApiError(error) && error.isNotFound)
      return setFormError({ kind: 'message', message: read.gone, transient: false });
    if (isApiError(error) && error.isForbidden) return setFormError({ kind: 'forbidden', permission: read.permission });
    setFormError({
      kind: 'message',
      message: t('contacts.freshCheckFailed', { reason: describeError(error) }),
      transient: true,
    });
  };

  return { formError, setFormError, show, freshFailed };
}
