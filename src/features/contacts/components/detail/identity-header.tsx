import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ContactAvatar } from '@/components/contact-avatar';
import { FieldSection } from './field-section';
import { wrapAnywhere } from './field-value';
import { RelativeTime } from '@/components/relative-time';
import { ValueList } from './value-list';

export interface IdentityHeaderProps {
  /** "Contact profile" or "Visitor contact": a screen says which record type it shows. */
  kind: string;
  name: string;
  /** Contact profiles only: whether Rocket.Chat made it from a conversation (`unknown`). */
  unknown?: boolean | null;
  emails: string[];
  phones: string[];
  manager: ReactNode;
  lastChat: string | null | undefined;
  /** Edit, and Delete where the directory offers it: one row that wraps rather than squeezing a label. */
  actions: ReactNode;
}

function KnownBadge({ unknown }: { unknown: boolean }) {
  if (!unknown) {
    return (
      <Badge color="teal" variant="dot" className="wrap-badge">
        {t('page.knownContact')}
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      <Badge color="gray" variant="dot" className="wrap-badge">
        {t('common.unknownContact')}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('detail.unknownContactHint')}
      </Text>
    </Stack>
  );
}

/** Who this is at a glance: avatar, name (the page's `h1`), known or not, how to reach them, who manages them. */
export function IdentityHeader({
  kind,
  name,
  unknown,
  emails,
  phones,
  manager,
  lastChat,
  actions,
}: IdentityHeaderProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group gap="md" align="flex-start" wrap="nowrap">
          <ContactAvatar name={name} />
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Text size="sm" c="dimmed">
              {kind}
            </Text>
            <Title order={1} fz="h2" dir="auto" style={wrapAnywhere}>
              {name}
            </Title>
            {unknown != null && <KnownBadge unknown={unknown} />}
          </Stack>
        </Group>
        <Group gap="xs" className="contact-actions" role="group" aria-label={t('common.actions')}>
          {actions}
        </Group>
        <ValueList label={t('common.email')} values={emails} markFirst />
        <ValueList label={t('common.phone')} values={phones} markFirst />
        <FieldSection label={t('common.contactManager')}>{manager}</FieldSection>
        <FieldSection label={t('common.lastChat')}>
          {lastChat ? <RelativeTime iso={lastChat} /> : <Text c="dimmed">{t('page.neverChatted')}</Text>}
        </FieldSection>
      </Stack>
    </Paper>
  );
}
