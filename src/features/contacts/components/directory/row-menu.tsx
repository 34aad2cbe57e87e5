import { t } from '@/i18n/translator';
import { lazy, Suspense, useState, type Ref } from 'react';
import { ActionIcon } from '@mantine/core';

const DELETE_PERMISSION = 'delete-livechat-contact';

// Mantine's Menu (with floating-ui and Popover, about 20 kB gzip) loads when a row's menu is first opened, not with
// the directory; and 25 rows do not each build a Menu they will likely never open (issue #15).
const RowMenuDropdown = lazy(() => import('./row-menu-dropdown').then((m) => ({ default: m.RowMenuDropdown })));

/** The row's "More actions" menu: Delete, disabled with the permission named for those without it. */
export function RowMenu({ name, onDelete }: { name: string; onDelete: () => void }) {
  const [wanted, setWanted] = useState(false);
  // The same button before and after the menu is mounted (then Menu.Target adds the popup's state and toggling):
  // its name, its popup role; Enter, Space or a click open it.
  const target = (ref?: Ref<HTMLButtonElement>) => (
    <ActionIcon
      ref={ref}
      variant="subtle"
      color="gray"
      aria-label={`${t('directory.moreActions')}: ${name}`}
      {...(ref ? {} : { 'aria-haspopup': 'menu', 'aria-expanded': false, onClick: () => setWanted(true) })}
    >
      <span aria-hidden="true">⋮</span>
    </ActionIcon>
  );
  if (!wanted) return target();
  return (
    <Suspense fallback={target()}>
      <RowMenuDropdown target={target} onDelete={onDelete} />
    </Suspense>
  );
}

export { DELETE_PERMISSION };
