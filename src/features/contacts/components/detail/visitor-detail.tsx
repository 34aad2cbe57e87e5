import { t } from '@/i18n/translator';
import { Anchor, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useCapabilities } from '@/lib/capabilities';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { Visitor } from '../../api/wire';
import { ContactNotFound } from './contact-not-found';
import { ContactPageSkeleton } from './contact-page-skeleton';
import { CustomFieldList } from './custom-field-list';
import { DateValue, DetailLayout } from './detail-layout';
import { EditAction } from './edit-action';
import { FieldSection } from './field-section';
import { FieldValue, wrapAnywhere } from './field-value';
import { VisitorManager } from './manager-value';
import { IdentityHeader } from './identity-header';
import { VisitorHistory } from './contact-history';
import { paths } from '@/lib/paths';

/** `POST omnichannel/contact`, which saves a visitor contact, checks this permission. */
const EDIT_PERMISSION = 'view-l-room';

/**
 * No visitor token here: whoever holds it can act as this visitor on the livechat API without logging in, so it
 * stays inside the app (the edit form sends it back to Rocket.Chat) and is never shown.
 */
function TechnicalDetails({ visitor }: { visitor: Visitor }) {
  return (
    <details>
      <summary>
        <Text component="span" fw={600}>
          {t('detail.technicalDetails')}
        </Text>
      </summary>
      <Stack gap="sm" mt="sm">
        <FieldSection label={t('common.username')}>
          <FieldValue value={visitor.username ?? t('common.none')} />
        </FieldSection>
        <FieldSection label={t('detail.contactId')}>
          <Code style={wrapAnywhere}>{visitor._id}</Code>
        </FieldSection>
      </Stack>
    </details>
  );
}

function VisitorView({ visitor }: { visitor: Visitor }) {
  const capabilities = useCapabilities();
  return (
    <DetailLayout
      identity={
        <IdentityHeader
          kind={t('detail.visitorKind')}
          name={visitor.name || visitor.username || visitor._id}
          emails={(visitor.visitorEmails ?? []).map((email) => email.address)}
          phones={(visitor.phone ?? []).map((phone) => phone.phoneNumber)}
          manager={<VisitorManager username={visitor.contactManager?.username} />}
          lastChat={visitor.lastChat?.ts}
          actions={<EditAction href={paths.editVisitor(visitor._id)} permission={EDIT_PERMISSION} />}
        />
      }
    >
      {visitor.contactId && capabilities.data?.contactProfiles && (
        <FieldSection label={t('detail.profileKind')}>
          <Text size="sm">{t('detail.linkedProfileHint')}</Text>
          <Anchor component={Link} href={paths.profile(visitor.contactId)}>
            {t('detail.openProfile')}
          </Anchor>
        </FieldSection>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <CustomFieldList values={visitor.livechatData} />
          {visitor.department && (
            <FieldSection label={t('detail.department')}>
              <FieldValue value={visitor.department} />
            </FieldSection>
          )}
          <FieldSection label={t('common.created')}>
            <DateValue iso={visitor.ts} />
          </FieldSection>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="visitor-history">
        <Stack gap="sm">
          <Title order={2} fz="lg" id="visitor-history">
            {t('detail.historyLabel')}
          </Title>
          <VisitorHistory visitorId={visitor._id} lastRoomId={visitor.lastChat?._id} />
        </Stack>
      </Paper>
      <TechnicalDetails visitor={visitor} />
    </DetailLayout>
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
          title={t('common.contactLoadFailed')}
          onRetry={() => void visitor.refetch()}
          forbidden={{ title: t('detail.cannotView'), permission: 'view-l-room' }}
          notFound={<ContactNotFound />}
        />
      );
    }
    return <ContactPageSkeleton label={t('detail.loading')} />;
  }
  if (!visitor.data) return <ContactNotFound />;
  return <VisitorView visitor={visitor.data} />;
}
