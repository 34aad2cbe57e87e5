import { t } from '@/i18n/translator';
import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { Menu, Text } from '@mantine/core';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Menu.css';
import { permissionText } from '@/components/permission-text';
import { useCan } from '@/lib/use-can';
import { DELETE_PERMISSION } from './row-menu';

interface RowMenuDropdownProps {
  /** The same button row-menu.tsx drew before this module loaded. */
  target: (ref: Ref<HTMLButtonElement>) => ReactNode;
  onDelete: () => void;
}

/**
 * The row's Mantine Menu, mounted the first time its button is pressed (row-menu.tsx). It replaces that button with
 * its own target, so it takes the focus over and opens, as the press asked.
 */
export function RowMenuDropdown({ target, onDelete }: RowMenuDropdownProps) {
  const can = useCan(DELETE_PERMISSION);
  const button = useRef<HTMLButtonElement>(null);
  // Focus first, as a press leaves it; the open menu's focus trap then moves it in, as after a click.
  useEffect(() => button.current?.focus(), []);
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{target(button)}</Menu.Target>
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
