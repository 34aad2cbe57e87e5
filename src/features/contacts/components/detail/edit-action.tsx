import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Button, Stack } from '@mantine/core';
import { Link } from 'wouter';
import type { Permission } from '@/lib/permissions';
import { useCan } from '@/lib/use-can';
import { PermissionReason } from './permission-reason';

/**
 * "Edit", enabled only when the viewer holds the permission the server checks for saving this record; otherwise
 * disabled, with the reason next to it (a disabled button cannot show a tooltip to keyboard users).
 */
export function EditAction({ href, permission }: { href: string; permission: Permission }) {
  const can = useCan(permission);
  const reasonId = useId();
  if (can === 'yes') {
    return (
      <Button component={Link} href={href} variant="default">
        {t('detail.edit')}
      </Button>
    );
  }
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" disabled aria-describedby={can === 'no' ? reasonId : undefined}>
        {t('detail.edit')}
      </Button>
      {can === 'no' && <PermissionReason id={reasonId} message="detail.cannotEdit" permission={permission} />}
    </Stack>
  );
}
