import { Anchor, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useCapabilities } from '@/lib/capabilities';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { Visitor } from '../../api/wire';
import { ContactNotFound } from './contact-not-found';
import { CopyValueButton } from './copy-value-button';
import { CustomFieldList } from './custom-field-list';
import { DateValue, DetailHeader } from './detail-layout';
import { EditAction } from './edit-action';
import { FieldSection } from './field-section';
import { FieldValue, wrapAnywhere } from './field-value';
import { VisitorManager } from './manager-value';
import { detailMessages as messages } from '../../messages';
import { ValueList } from './value-list';

/** `POST omnichannel/contact`, which saves a visitor contact, checks this permission. */
const EDIT_PERMISSION = 'view-l-room';

function TechnicalDetails({ visitor }: { visitor: Visitor }) {
  return (
    <details>
      <summary>
        <Text component="span" fw={600}>
          {messages.technicalDetails}
        </Text>
      </summary>
      <Stack gap="sm" mt="sm">
        <Text size="sm" c="dimmed">
          {messages.tokenHint}
        </Text>
        <FieldSection label={messages.username}>
          <FieldValue value={visitor.username ?? messages.none} />
        </FieldSection>
        {visitor.token && (
          <FieldSection label={messages.token}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Code style={wrapAnywhere}>{visitor.token}</Code>
              <CopyValueButton value={visitor.token} />
            </Group>
          </FieldSection>
        )}
        <FieldSection label={messages.contactId}>
          <Code style={wrapAnywhere}>{visitor._id}</Code>
        </FieldSection>
      </Stack>
    </details>
  );
}

function VisitorView({ visitor }: { visitor: Visitor }) {
  const capabilities = useCapabilities();
  const emails = (visitor.visitorEmails ?? []).map((email) => email.address);
  const phones = (visitor.phone ?? []).map((phone) => phone.phoneNumber);
  return (
    <Stack gap="lg">
      <DetailHeader
        kind={messages.visitorKind}
        name={visitor.name || visitor.username || visitor._id}
        actions={<EditAction href={`/visitors/${encodeURIComponent(visitor._id)}/edit`} permission={EDIT_PERMISSION} />}
      />
      {visitor.contactId && capabilities.data?.contactProfiles && (
        <FieldSection label={messages.linkedProfile}>
          <Text size="sm">{messages.linkedProfileHint}</Text>
          <Anchor component={Link} href={`/contacts/${encodeURIComponent(visitor.contactId)}`}>
            {messages.openProfile}
          </Anchor>
        </FieldSection>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <ValueList label={messages.email} values={emails} />
          <ValueList label={messages.phone} values={phones} />
          <FieldSection label={messages.contactManager}>
            <VisitorManager username={visitor.contactManager?.username} />
          </FieldSection>
          <CustomFieldList values={visitor.livechatData} />
          {visitor.department && (
            <FieldSection label={messages.department}>
              <FieldValue value={visitor.department} />
            </FieldSection>
          )}
          <FieldSection label={messages.lastChat}>
            <DateValue iso={visitor.lastChat?.ts} />
          </FieldSection>
          <FieldSection label={messages.created}>
            <DateValue iso={visitor.ts} />
          </FieldSection>
        </Stack>
      </Paper>
      <TechnicalDetails visitor={visitor} />
    </Stack>
  );
}

/** A visitor contact (`GET omnichannel/contact`), every field Rocket.Chat keeps for it. */
export function VisitorDetail({ id }: { id: string }) {
  const visitor = useQuery(contactQueries.visitor(id));
  // A failed background refetch keeps what is on screen; only a first load that fails replaces it.
  if (visitor.data === undefined) {
    if (visitor.isError) {
      return (
        <QueryError
          error={visitor.error}
          title={messages.loadFailed}
          onRetry={() => void visitor.refetch()}
          forbidden={{ title: messages.cannotView, permission: 'view-l-room' }}
          notFound={<ContactNotFound />}
        />
      );
    }
    return <PageLoader label={messages.loading} />;
  }
  if (!visitor.data) return <ContactNotFound />;
  return <VisitorView visitor={visitor.data} />;
}
