import { t } from '@/i18n/translator';
import type { ComponentProps } from 'react';
import { TextField } from '@/components/form-fields';
import { useDuplicateCheck, type DuplicateCheck } from '../../api/use-duplicate-check';
import { CheckingHint, duplicateError } from './duplicate-hint';

type CheckedFieldProps = ComponentProps<typeof TextField> & {
  kind: 'email' | 'phone';
  /** The field's current value and the phone region it is read in. */
  value: string;
  region: string;
  check: DuplicateCheck;
  /** Off once saved: the check would only find the record just saved. */
  checking: boolean;
  /** What the value will be saved as, when the form changes it (E.164, a lower-cased email). */
  savedAs: string | undefined;
  fieldError: string | undefined;
};

/**
 * An email or phone input of either form, checked against other records while it is typed: "Checking…" inside the
 * input, and the messages under it, so nothing above moves while the person types or clicks.
 */
export function CheckedField({
  kind,
  value,
  region,
  check,
  checking,
  savedAs,
  fieldError,
  ...input
}: CheckedFieldProps) {
  const state = useDuplicateCheck(kind, value, region, check, checking);
  const busy = state.status === 'checking';
  const exists = kind === 'email' ? t('contacts.emailExists') : t('contacts.phoneExists');
  const saved = savedAs && savedAs !== value.trim() ? t('contacts.phoneSavedAs', { e164: savedAs }) : undefined;
  return (
    <TextField
      type={kind === 'email' ? 'email' : 'tel'}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSection={busy ? <CheckingHint /> : undefined}
      rightSectionWidth={busy ? 96 : undefined}
      rightSectionPointerEvents="none"
      description={state.status === 'unknown' ? [saved, t('form.checkFailed')].filter(Boolean).join(' ') : saved}
      error={duplicateError(state, exists) ?? fieldError}
      {...input}
    />
  );
}
