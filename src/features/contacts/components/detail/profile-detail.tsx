import { t } from '@/i18n/translator';
import { lazy, Suspense, useState } from 'react';
import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCapabilities } from '@/lib/capabilities';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { ContactProfile } from '../../api/wire';
import { conflictGroups, managerId, type ConflictGroup } from './conflicts';
import { ConflictsAlert, RESOLVE_PERMISSION } from './conflicts-alert';
import { ContactNotFound } from './contact-not-found';
import { ContactPageSkeleton } from './contact-page-skeleton';
import { DetailLayout } from './detail-layout';
import { EditAction } from './edit-action';
import { DeleteProfileAction } from '../directory/delete-profile-action';
import { ProfileManager } from './manager-value';
import { IdentityHeader } from './identity-header';
import { ProfileTabs, type ProfileTab } from './profile-tabs';
import { paths } from '@/lib/paths';

// The review dialog (its combobox and form) loads when it is opened, not with every contact page.
const ReviewContactModal = lazy(() =>
  import('./review-contact-modal').then((m) => ({ default: m.ReviewContactModal })),
);

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
    <DetailLayout
      identity={
        <IdentityHeader
          kind={t('detail.profileKind')}
          name={profile.name || profile._id}
          unknown={Boolean(profile.unknown)}
          emails={(profile.emails ?? []).map((email) => email.address)}
          phones={(profile.phones ?? []).map((phone) => phone.phoneNumber)}
          manager={<ProfileManager userId={managerId(profile)} />}
          lastChat={profile.lastChat?.ts}
          actions={
            <>
              <EditAction href={paths.editProfile(profile._id)} permission={RESOLVE_PERMISSION} />
              <DeleteProfileAction profile={profile} />
            </>
          }
        />
      }
    >
      {groups.length > 0 && <ConflictsAlert groups={groups} onReview={() => setReviewing(groups)} />}
      {reviewing && (
        <Suspense fallback={null}>
          <ReviewContactModal profile={profile} groups={reviewing} onClose={() => setReviewing(null)} />
        </Suspense>
      )}
      <ProfileTabs profile={profile} tab={tab} onTabChange={onTabChange} />
    </DetailLayout>
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
          title={t('common.contactLoadFailed')}
          onRetry={() => void profile.refetch()}
          forbidden={{ title: t('detail.cannotView'), permission: 'view-livechat-contact' }}
          notFound={<ContactNotFound />}
        />
      );
    }
    return <ContactPageSkeleton label={t('detail.loading')} />;
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
      <Alert color="orange" title={t('detail.noProfilesTitle')} role="alert">
        {t('detail.noProfiles', { version: capabilities.data.version })}
      </Alert>
    );
  }
  if (capabilities.isPending) return <ContactPageSkeleton label={t('detail.loading')} />;
  return <ProfileLoader {...props} />;
}
