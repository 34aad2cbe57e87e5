import { ActionIcon, Code, Menu, Text } from '@mantine/core';
import { useCan } from '@/lib/use-can';
import { directoryMessages as messages } from './messages';

const DELETE_PERMISSION = 'delete-livechat-contact';

/** The row's "More actions" menu: Delete, disabled with the permission named for those without it. */
export function RowMenu({ name, onDelete }: { name: string; onDelete: () => void }) {
  const can = useCan(DELETE_PERMISSION);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`${messages.moreActions}: ${name}`}>
          <span aria-hidden="true">⋮</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item color="red.8" disabled={can !== 'yes'} onClick={onDelete}>
          {messages.deleteItem}
          {can === 'no' && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {messages.cannotDeleteBefore}
              <Code>{DELETE_PERMISSION}</Code>
              {messages.cannotDeleteAfter}
            </Text>
          )}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export { DELETE_PERMISSION };
