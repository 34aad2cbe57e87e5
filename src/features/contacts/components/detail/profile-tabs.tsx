import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Paper, Stack, Tabs } from '@mantine/core';
import { useCan } from '@/lib/use-can';
import type { ContactProfile } from '../../api/wire';
import { CustomFieldList } from './custom-field-list';
import { DateValue } from './detail-layout';
import { FieldSection } from './field-section';
import { PermissionReason } from './permission-reason';
import { ProfileChannelsTab } from './profile-channels-tab';
import { HISTORY_PERMISSION, ProfileHistoryTab } from './contact-history';

export const profileTabs = ['details', 'channels', 'history'] as const;
export type ProfileTab = (typeof profileTabs)[number];
export const isProfileTab = (value: unknown): value is ProfileTab => profileTabs.some((tab) => tab === value);

function DetailsTab({ profile }: { profile: ContactProfile }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <CustomFieldList values={profile.customFields} />
        <FieldSection label={t('common.created')}>
          <DateValue iso={profile.createdAt} />
        </FieldSection>
      </Stack>
    </Paper>
  );
}

/**
 * Details | Channels | History, the open one in the URL. Without `view-livechat-contact-history` the History tab is
 * disabled with the permission named (Rocket.Chat lets one click it and fail).
 */
export function ProfileTabs({
  profile,
  tab,
  onTabChange,
}: {
  profile: ContactProfile;
  tab: ProfileTab;
  onTabChange: (tab: ProfileTab) => void;
}) {
  const canSeeHistory = useCan(HISTORY_PERMISSION);
  const reasonId = useId();
  return (
    <Tabs value={tab} onChange={(value) => isProfileTab(value) && onTabChange(value)} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="details">{t('detail.detailsTab')}</Tabs.Tab>
        <Tabs.Tab value="channels">{t('common.channels')}</Tabs.Tab>
        <Tabs.Tab
          value="history"
          disabled={canSeeHistory === 'no'}
          aria-describedby={canSeeHistory === 'no' ? reasonId : undefined}
        >
          {t('detail.historyTab')}
        </Tabs.Tab>
      </Tabs.List>
      {canSeeHistory === 'no' && (
        <PermissionReason id={reasonId} message="page.cannotSeeHistory" permission={HISTORY_PERMISSION} />
      )}
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
  );
}
