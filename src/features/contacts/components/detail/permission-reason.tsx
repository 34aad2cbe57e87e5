import { Text } from '@mantine/core';
import { permissionText, type PermissionMessage } from '@/components/permission-text';

interface PermissionReasonProps {
  id: string;
  message: PermissionMessage;
  permission: string;
}

/** Why a control is disabled, naming the permission Rocket.Chat checks; tied to the control by `id`. */
export function PermissionReason({ id, message, permission }: PermissionReasonProps) {
  return (
    <Text id={id} size="sm" c="dimmed">
      {permissionText(message, permission)}
    </Text>
  );
}
