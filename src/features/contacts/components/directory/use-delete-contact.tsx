import { t } from '@/i18n/translator';
import { lazy, Suspense, useRef, useState } from 'react';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/query-error';
import { useDeleteProfile } from '../../api/delete-mutations';
import type { DeleteTarget } from './delete-contact-dialog';

// The dialog (Mantine's Modal and focus trap) loads when someone asks to delete, not with the directory.
const DeleteContactDialog = lazy(() =>
  import('./delete-contact-dialog').then((m) => ({ default: m.DeleteContactDialog })),
);

/**
 * Delete from anywhere (row menu, contact page): `ask(target)` opens the confirmation; once confirmed the dialog
 * closes at once (the mutation updates the lists optimistically) and a toast says how it ended.
 */
export function useDeleteContact(onDeleted?: () => void) {
  const [target, setTarget] = useState<DeleteTarget | null>(null);
  // Names of the contacts being deleted, for the toast when Rocket.Chat refuses.
  const names = useRef(new Map<string, string>());
  const mutation = useDeleteProfile({
    onSuccess: () => {
      notify({ color: 'green', message: t('directory.deleted') });
      onDeleted?.();
    },
    onError: (error, contactId) =>
      notify({
        color: 'red',
        title: t('directory.notDeleted', { name: names.current.get(contactId) ?? contactId }),
        message: describeError(error),
      }),
  });
  const [asked, setAsked] = useState(false);
  const dialog = asked && (
    <Suspense fallback={null}>
      <DeleteContactDialog
        target={target}
        onClose={() => setTarget(null)}
        onConfirm={(confirmed) => {
          setTarget(null);
          names.current.set(confirmed.id, confirmed.name);
          mutation.mutate(confirmed.id);
        }}
      />
    </Suspense>
  );
  const ask = (next: DeleteTarget) => {
    setAsked(true);
    setTarget(next);
  };
  return { ask, dialog };
}
