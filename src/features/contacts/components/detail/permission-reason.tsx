import { Code, Text } from '@mantine/core';
import { detailMessages as messages } from '../../messages';

/** Why a control is disabled, naming the permission Rocket.Chat checks; tied to the control by `id`. */
export function PermissionReason({ id, before, permission }: { id: string; before: string; permission: string }) {
  return (
    <Text id={id} size="sm" c="dimmed">
      {before}
      <Code>{permission}</Code>
      {messages.permissionAfter}
    </Text>
  );
}
