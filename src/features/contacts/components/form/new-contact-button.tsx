import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Button, Stack } from '@mantine/core';
import { Link } from 'wouter';
import { useCapabilities } from '@/lib/capabilities';
import { useCan } from '@/lib/use-can';
import { PermissionReason } from '../detail/permission-reason';
import { paths } from '@/lib/paths';

/**
 * The one "New contact": it creates the record the server uses for a person — a contact profile on 7.1+
 * (`POST omnichannel/contacts`, `create-livechat-contact`), a visitor contact before (`POST omnichannel/contact`,
 * `view-l-room`). `query` (email, phone, region, cf.<id>) starts the form from what was searched.
 */
export function NewContactButton({ query = '', size = 'sm' }: { query?: string; size?: 'xs' | 'sm' }) {
  const capabilities = useCapabilities();
  const profiles = capabilities.data?.contactProfiles === true;
  const permission = profiles ? 'create-livechat-contact' : 'view-l-room';
  const can = useCan(permission);
  const reasonId = useId();
  // Holds the button's place while the server's version loads: on a phone it sits on a line of its own, and its
  // arrival pushed the whole directory down (layout shift 0.1, issue #10). Hidden, it is neither seen nor focusable.
  if (!capabilities.data)
    return (
      <Button variant="default" size={size} style={{ visibility: 'hidden' }}>
        {t('contacts.newContact')}
      </Button>
    );
  const href = profiles ? paths.newProfile(query) : paths.newVisitor(query);
  if (can === 'yes')
    return (
      <Button component={Link} href={href} variant="default" size={size}>
        {t('contacts.newContact')}
      </Button>
    );
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" size={size} disabled aria-describedby={can === 'no' ? reasonId : undefined}>
        {t('contacts.newContact')}
      </Button>
      {can === 'no' && <PermissionReason id={reasonId} message="contacts.cannotCreate" permission={permission} />}
    </Stack>
  );
}
