import { t } from '@/i18n/translator';
import { Anchor, Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { CustomField, Visitor } from '../../api/wire';
import { displayText, formatDateTime } from '../../model/format';
import { paths } from '@/lib/paths';

interface VisitorCardProps {
  visitor: Visitor;
  /** Every visitor-scope definition: values show by label; hidden fields stay hidden; unknown keys show as is. */
  fields: CustomField[];
  matchedPhone?: string | undefined;
  /** The server has contact profiles (7.1+): a visitor linked to one is a channel of that person. */
  profiles?: boolean;
}

function Field({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {value || t('common.none')}
      </Text>
    </div>
  );
}

/** A found visitor contact; its name opens the detail (Enter on the focused link). */
export function VisitorCard({ visitor, fields, matchedPhone, profiles = false }: VisitorCardProps) {
  const labels = new Map(fields.map((field) => [field._id, field.label]));
  const hidden = new Set(fields.filter((field) => field.visibility === 'hidden').map((field) => field._id));
  const custom = Object.entries(visitor.livechatData ?? {}).filter(([key]) => !hidden.has(key));
  return (
    <Card withBorder component="article" aria-labelledby={`contact-${visitor._id}`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} id={`contact-${visitor._id}`} size="h4">
          <Anchor component={Link} href={paths.visitor(visitor._id)} dir="auto">
            {visitor.name || visitor.username || t('contacts.unnamed')}
          </Anchor>
        </Title>
        {matchedPhone && <Badge variant="light">{t('contacts.matchedPhoneAs', { value: matchedPhone })}</Badge>}
      </Group>
      {profiles && visitor.contactId && (
        <Text size="sm" mb="sm">
          {t('detail.linkedProfileHint')}{' '}
          <Anchor component={Link} href={paths.profile(visitor.contactId)}>
            {t('detail.openProfile')}
          </Anchor>
        </Text>
      )}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" m={0}>
        <Field label={t('common.username')} value={visitor.username ?? undefined} />
        <Field label={t('common.email')} value={visitor.visitorEmails?.[0]?.address} />
        <Field label={t('common.phone')} value={visitor.phone?.[0]?.phoneNumber} />
        <Field label={t('common.contactManager')} value={visitor.contactManager?.username} />
        <Field
          label={t('common.lastChat')}
          value={visitor.lastChat ? formatDateTime(visitor.lastChat.ts) : undefined}
        />
        {custom.map(([key, value]) => (
          <Field key={key} label={labels.get(key) ?? key} value={displayText(value)} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
