import { t } from '@/i18n/translator';
import { ActionIcon, Menu, Text } from '@mantine/core';
import { permissionText } from '@/components/permission-text';
import { useCan } from '@/lib/use-can';

const DELETE_PERMISSION = 'delete-livechat-contact';

/** The row's "More actions" menu: Delete, disabled with the permission named for those without it. */
export function RowMenu({ name, onDelete }: { name: string; onDelete: () => void }) {
  const can = useCan(DELETE_PERMISSION);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`${t('directory.moreActions')}: ${name}`}>
          <span aria-hidden="true">⋮</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item color="red.8" disabled={can !== 'yes'} onClick={onDelete}>
          {t('directory.deleteItem')}
          {can === 'no' && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {permissionText('directory.cannotDelete', DELETE_PERMISSION)}
            </Text>
          )}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export { DELETE_PERMISSION };
