import type { ReactNode } from 'react';
import { Code } from '@mantine/core';
import { t } from '@/i18n/translator';

/** The sentences that name a missing permission: each a whole message, so a translator can put the name anywhere. */
export type PermissionMessage =
  | 'common.permissionMissing'
  | 'directory.cannotDelete'
  | 'directory.cannotDeleteProfile'
  | 'detail.cannotEdit'
  | 'detail.cannotResolve'
  | 'page.cannotSeeHistory'
  | 'contacts.cannotCreate';

/** A permission sentence with the permission's name set as code. */
export function permissionText(message: PermissionMessage, permission: string): ReactNode {
  return t.rich(message, { permission, code: (chunks) => <Code>{chunks}</Code> });
}
