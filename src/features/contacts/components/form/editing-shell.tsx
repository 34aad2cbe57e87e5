import { t } from '@/i18n/translator';
import { lazy, Suspense, type BaseSyntheticEvent, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/form-fields';
import type { FieldChange } from '../../model/field-changes';
import { DraftRestored, SaveFooter, SaveProblem } from './form-feedback';
import type { FormError } from './use-save-errors';

// The two questions load when a save asks them: Mantine's Modal and a table are not on the form's first view.
const StaleEditDialog = lazy(() => import('./stale-edit-dialog').then((m) => ({ default: m.StaleEditDialog })));
const DropValuesDialog = lazy(() => import('./drop-values-dialog').then((m) => ({ default: m.DropValuesDialog })));

export interface EditingShellState {
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  saving: boolean;
  formError: FormError | null;
  restored: { discard: () => void } | null;
  stale: { changes: FieldChange[]; keepEditing: () => void; takeTheirs: () => void; overwrite: () => void } | null;
  dropping: { labels: string[]; confirm: () => void; cancel: () => void } | null;
}

interface EditingShellProps {
  core: EditingShellState;
  /** What the person cannot do, for a 403. */
  forbiddenTitle: string;
  cancelHref: string;
  /** Alerts about the record above the fields. */
  notices?: ReactNode;
  children: ReactNode;
}

/**
 * What both contact forms show around their fields: the restored draft, one place for errors that belong to no
 * field, Save and Cancel, Ctrl/Cmd+Enter, and the two questions a save may ask first.
 */
export function EditingShell({ core, forbiddenTitle, cancelHref, notices, children }: EditingShellProps) {
  const save = () => void core.submit();
  return (
    <form
      onSubmit={core.submit}
      noValidate
      // "mod" is Ctrl or ⌘ on every system, as the footer says; the handler also stops the browser's own submit.
      onKeyDown={getHotkeyHandler([['mod+Enter', save]])}
    >
      <Stack>
        {core.restored && <DraftRestored onDiscard={core.restored.discard} />}
        {notices}
        {children}
        <SaveProblem error={core.formError} forbiddenTitle={forbiddenTitle} onRetry={save} />
        <SaveFooter cancelHref={cancelHref} saving={core.saving} />
      </Stack>

      <Suspense fallback={null}>
        {core.stale && (
          <StaleEditDialog
            changes={core.stale.changes}
            onKeepEditing={core.stale.keepEditing}
            onTakeTheirs={core.stale.takeTheirs}
            onOverwrite={core.stale.overwrite}
          />
        )}
        {core.dropping && (
          <DropValuesDialog
            labels={core.dropping.labels}
            onConfirm={core.dropping.confirm}
            onCancel={core.dropping.cancel}
          />
        )}
      </Suspense>
    </form>
  );
}

/** The contact's name, first in both forms: required, as Rocket.Chat's "Name required". */
export function NameField({ error, ...input }: UseFormRegisterReturn & { error: string | undefined }) {
  return <TextField label={t('common.name')} withAsterisk autoFocus error={error} {...input} />;
}
