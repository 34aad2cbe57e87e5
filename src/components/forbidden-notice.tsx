import { Alert, Code, Text } from '@mantine/core';
import type { Permission } from '@/lib/permissions';
import { messages } from './messages';

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
      <Text size="sm">
        {messages.permissionBefore}
        <Code>{permission}</Code>
        {messages.permissionAfter}
      </Text>
      <Text size="sm" mt="xs">
        {messages.permissionAdvice}
      </Text>
    </Alert>
  );
}
