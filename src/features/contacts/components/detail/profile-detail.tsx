import { lazy, Suspense, useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCapabilities } from '@/lib/capabilities';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { ContactProfile } from '../../api/wire';
import { conflictGroups, managerId, type ConflictGroup } from './conflicts';
import { ConflictsAlert, RESOLVE_PERMISSION } from './conflicts-alert';
import { ContactNotFound } from './contact-not-found';
import { CustomFieldList } from './custom-field-list';
import { DateValue, DetailHeader } from './detail-layout';
import { EditAction } from './edit-action';
import { FieldSection } from './field-section';
import { ProfileManager } from './manager-value';
import { detailMessages as messages } from '../../messages';
import { ProfileChannelsTab } from './profile-channels-tab';
import { ProfileHistoryTab } from './profile-history-tab';
import { ValueList } from './value-list';

// The review dialog (its combobox and form) loads when it is opened, not with every contact page.
const ReviewContactModal = lazy(() =>
  import('./review-contact-modal').then((m) => ({ default: m.ReviewContactModal })),
);

export const profileTabs = ['details', 'channels', 'history'] as const;
export type ProfileTab = (typeof profileTabs)[number];
export const isProfileTab = (value: unknown): value is ProfileTab => profileTabs.some((tab) => tab === value);

function DetailsTab({ profile }: { profile: ContactProfile }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <ValueList label={messages.email} values={(profile.emails ?? []).map((email) => email.address)} />
        <ValueList label={messages.phone} values={(profile.phones ?? []).map((phone) => phone.phoneNumber)} />
        <FieldSection label={messages.contactManager}>
          <ProfileManager userId={managerId(profile)} />
        </FieldSection>
        <CustomFieldList values={profile.customFields} />
        <FieldSection label={messages.lastChat}>
          <DateValue iso={profile.lastChat?.ts} />
        </FieldSection>
        <FieldSection label={messages.created}>
          <DateValue iso={profile.createdAt} />
        </FieldSection>
      </Stack>
    </Paper>
  );
}

interface ProfileViewProps {
  profile: ContactProfile;
  tab: ProfileTab;
  onTabChange: (tab: ProfileTab) => void;
}

function ProfileView({ profile, tab, onTabChange }: ProfileViewProps) {
  const definitions = useQuery(contactQueries.customFields());
  const groups = conflictGroups(profile, definitions.data);
  // The dialog keeps the conflicts it opened with: once they are resolved the alert goes, but the dialog must stay
  // mounted to finish (notify, close) rather than vanish with it.
  const [reviewing, setReviewing] = useState<ConflictGroup[] | null>(null);
  return (
    <Stack gap="lg">
      <DetailHeader
        kind={messages.profileKind}
        name={profile.name || profile._id}
        badges={
          profile.unknown ? (
            <Group gap="xs">
              <Badge color="gray" variant="outline">
                {messages.unknownContact}
              </Badge>
              <Text size="sm" c="dimmed">
                {messages.unknownContactHint}
              </Text>
            </Group>
          ) : undefined
        }
        actions={
          <EditAction href={`/contacts/${encodeURIComponent(profile._id)}/edit`} permission={RESOLVE_PERMISSION} />
        }
      />
      {groups.length > 0 && <ConflictsAlert groups={groups} onReview={() => setReviewing(groups)} />}
      {reviewing && (
        <Suspense fallback={null}>
          <ReviewContactModal profile={profile} groups={reviewing} onClose={() => setReviewing(null)} />
        </Suspense>
      )}
      <Tabs value={tab} onChange={(value) => isProfileTab(value) && onTabChange(value)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{messages.detailsTab}</Tabs.Tab>
          <Tabs.Tab value="channels">{messages.channelsTab}</Tabs.Tab>
          <Tabs.Tab value="history">{messages.historyTab}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <DetailsTab profile={profile} />
        </Tabs.Panel>
        <Tabs.Panel value="channels" pt="md">
          <ProfileChannelsTab contactId={profile._id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <ProfileHistoryTab contactId={profile._id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ProfileLoader({
  id,
  tab,
  onTabChange,
}: {
  id: string;
  tab: ProfileTab;
  onTabChange: (tab: ProfileTab) => void;
}) {
  const profile = useQuery(contactQueries.profile(id));
  // A failed background refetch keeps what is on screen; only a first load that fails replaces it.
  if (profile.data === undefined) {
    if (profile.isError) {
      return (
        <QueryError
          error={profile.error}
          title={messages.loadFailed}
          onRetry={() => void profile.refetch()}
          forbidden={{ title: messages.cannotView, permission: 'view-livechat-contact' }}
          notFound={<ContactNotFound />}
        />
      );
    }
    return <PageLoader label={messages.loading} />;
  }
  return <ProfileView profile={profile.data} tab={tab} onTabChange={onTabChange} />;
}

/**
 * A contact profile (Rocket.Chat 7.1+, `contacts.get`) with its conflicts, channels and history. On older servers
 * it says that the server has none, rather than failing on an unknown endpoint.
 */
export function ProfileDetail(props: { id: string; tab: ProfileTab; onTabChange: (tab: ProfileTab) => void }) {
  const capabilities = useCapabilities();
  if (capabilities.data && !capabilities.data.contactProfiles) {
    return (
      <Alert color="orange" title={messages.noProfilesTitle} role="alert">
        {messages.noProfiles(capabilities.data.version)}
      </Alert>
    );
  }
  if (capabilities.isPending) return <PageLoader label={messages.loading} />;
  return <ProfileLoader {...props} />;
}
