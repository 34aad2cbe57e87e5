import { useQuery } from '@tanstack/react-query';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useCapabilities } from '@/lib/capabilities';
import { isPhoneRegion } from '@/lib/phone-regions';
import { contactQueries } from '../../api/contact-queries';
import { visitorFields } from '../../api/custom-field-fetchers';
import { messages } from '../../messages';
import { browserRegion } from '../../model/search-criteria';
import { ProfileForm } from './profile-form';

interface ProfileFormPageProps {
  /** The contact profile to edit; none to create one. */
  contactId?: string | undefined;
  prefill?: Partial<Record<string, string>>;
  onSaved: (contactId: string) => void;
}

function NotFound() {
  return (
    <Stack align="flex-start">
      <Title order={1}>{messages.contactNotFound}</Title>
      <Anchor component={Link} href="/">
        {messages.backToSearch}
      </Anchor>
    </Stack>
  );
}

/**
 * Loads what the form needs (the server's version, the definitions, the profile), then renders it with those
 * values. On a server without contact profiles (before 7.1) it says so instead of failing on unknown endpoints.
 */
export function ProfileFormPage({ contactId, prefill, onSaved }: ProfileFormPageProps) {
  const capabilities = useCapabilities();
  const available = capabilities.data?.contactProfiles === true;
  const fields = useQuery({ ...contactQueries.customFields(), enabled: available });
  const profile = useQuery({
    ...contactQueries.profile(contactId ?? ''),
    enabled: available && contactId !== undefined,
  });

  if (capabilities.isError)
    return (
      <QueryError error={capabilities.error} title={messages.loadFailed} onRetry={() => void capabilities.refetch()} />
    );
  if (capabilities.data && !available)
    return (
      <Alert color="orange" title={messages.profilesUnavailableTitle} role="alert">
        {messages.profilesUnavailable(capabilities.data.version)}
      </Alert>
    );
  if (fields.isError)
    return (
      <QueryError
        error={fields.error}
        title={messages.fieldsLoadFailed}
        onRetry={() => void fields.refetch()}
        forbidden={{ title: messages.fieldsLoadFailed, permission: 'view-l-room' }}
      />
    );
  if (profile.isError && profile.data === undefined)
    return (
      <QueryError
        error={profile.error}
        title={messages.loadFailed}
        onRetry={() => void profile.refetch()}
        forbidden={{ title: messages.cannotUpdateProfile, permission: 'view-livechat-contact' }}
        notFound={<NotFound />}
      />
    );
  if (!capabilities.data || !fields.data || (contactId !== undefined && profile.data === undefined))
    return <PageLoader />;

  const current = profile.data ?? null;
  const all = visitorFields(fields.data);
  return (
    <Stack>
      <div>
        <Title order={1}>
          {current ? messages.editProfileTitle(current.name || current._id) : messages.newProfileTitle}
        </Title>
        <Text c="dimmed">{messages.profileFormIntro}</Text>
      </div>
      <ProfileForm
        profile={current}
        fields={all.visible}
        allFields={fields.data.filter((field) => field.scope === 'visitor')}
        capabilities={capabilities.data}
        region={prefill?.region && isPhoneRegion(prefill.region) ? prefill.region : browserRegion()}
        prefill={prefill}
        cancelHref={current ? `/contacts/${encodeURIComponent(current._id)}` : '/'}
        onSaved={onSaved}
      />
    </Stack>
  );
}
