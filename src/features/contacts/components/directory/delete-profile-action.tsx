import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Button, Stack } from '@mantine/core';
import { useCapabilities } from '@/lib/capabilities';
import { useCan } from '@/lib/use-can';
import type { ContactProfile } from '../../api/wire';
import { PermissionReason } from '../detail/permission-reason';
import { DELETE_PERMISSION } from './row-menu';
import { useDeleteContact } from './use-delete-contact';

/**
 * "Delete" on a contact profile's page (7.11+; absent before). Without `delete-livechat-contact` it is disabled
 * with the permission named. Once deleted, the page asks Rocket.Chat again and says the contact is gone.
 */
export function DeleteProfileAction({ profile }: { profile: ContactProfile }) {
  const capabilities = useCapabilities();
  const can = useCan(DELETE_PERMISSION);
  const reasonId = useId();
  const deletion = useDeleteContact();
  if (capabilities.data?.deleteContacts !== true) return null;
  const name = profile.name || profile._id;
  return (
    <Stack gap={4} align="flex-end">
      {deletion.dialog}
      <Button
        // Neutral in the header (red outline text fails contrast on the dark scheme); the dialog says what it does.
        variant="default"
        disabled={can !== 'yes'}
        aria-describedby={can === 'no' ? reasonId : undefined}
        onClick={() => deletion.ask({ id: profile._id, name, channels: profile.channels?.length ?? 0 })}
      >
        {t('directory.deleteItem')}
      </Button>
      {can === 'no' && (
        <PermissionReason id={reasonId} message="directory.cannotDeleteProfile" permission={DELETE_PERMISSION} />
      )}
    </Stack>
  );
}
