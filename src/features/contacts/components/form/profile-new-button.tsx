import { useId } from 'react';

import { Button, Stack } from '@mantine/core';
import { Link } from 'wouter';
import { useCapabilities } from '@/lib/capabilities';
import { useCan } from '@/lib/use-can';
import { messages } from '../../messages';
import { PermissionReason } from '../detail/permission-reason';

const PERMISSION = 'create-livechat-contact';

/**
 * "New contact profile", on servers that have them (7.1+), starting from the given values (what was searched).
 * Without `create-livechat-contact` it is disabled, with the reason next to it.
 */
export function NewProfileButton({ prefill = {} }: { prefill?: Partial<Record<string, string>> }) {
  const capabilities = useCapabilities();
  const can = useCan(PERMISSION);
  const reasonId = useId();
  if (capabilities.data?.contactProfiles !== true) return null;
  const query = new URLSearchParams(
    Object.entries(prefill).flatMap(([key, value]) => (value ? [[key, value]] : [])),
  ).toString();
  if (can === 'yes')
    return (
      <Button component={Link} href={`/contacts/new${query ? `?${query}` : ''}`} variant="default">
        {messages.newProfile}
      </Button>
    );
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" disabled aria-describedby={can === 'no' ? reasonId : undefined}>
        {messages.newProfile}
      </Button>
      {can === 'no' && <PermissionReason id={reasonId} before={messages.cannotCreateBefore} permission={PERMISSION} />}
    </Stack>
  );
}
