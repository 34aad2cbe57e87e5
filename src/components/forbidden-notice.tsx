import { t } from '@/i18n/translator';
import { Alert, Text } from '@mantine/core';
import { permissionText } from './permission-text';
import type { Permission } from '@/lib/permissions';

interface ForbiddenNoticeProps {
  /** What the person cannot do, e.g. "You don't have permission to search contacts". */
  title: string;
  /** The Rocket.Chat permission the server checks, e.g. `view-l-room`. */
  permission: Permission;
}

/** Explains a missing permission in place, naming it, instead of an empty screen or an endless spinner. */
export function ForbiddenNotice({ title, permission }: ForbiddenNoticeProps) {
  return (
    <Alert color="orange" title={title} role="alert">
      <Text size="sm">{permissionText('common.permissionMissing', permission)}</Text>
      <Text size="sm" mt="xs">
        {t('common.permissionAdvice')}
      </Text>
    </Alert>
  );
}
