import { t } from '@/i18n/translator';
import { useQuery } from '@tanstack/react-query';
import { Alert, Stack } from '@mantine/core';
import { QueryState } from '@/components/query-state';
import { useCapabilities, type Capabilities } from '@/lib/capabilities';
import { contactQueries } from '../../api/contact-queries';
import type { ContactProfile, CustomField } from '../../api/wire';
import { ContactNotFound } from '../detail/contact-not-found';
import { FormHeading } from './form-heading';
import { formStart } from './form-start';
import { ProfileForm } from './profile-form';
import { paths } from '@/lib/paths';

interface ProfileFormPageProps {
  /** The contact profile to edit; none to create one. */
  contactId?: string | undefined;
  prefill?: Partial<Record<string, string>>;
  onSaved: (contactId: string) => void;
}

/**
 * Loads what the form needs (the server's capabilities, the definitions, the profile), then renders it with those
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
  const form = (server: Capabilities, definitions: CustomField[], current: ContactProfile | null) => (
    <Loaded capabilities={server} definitions={definitions} current={current} prefill={prefill} onSaved={onSaved} />
  );

  return (
    <QueryState query={capabilities} title={t('common.contactLoadFailed')}>
      {(server) =>
        !server.contactProfiles ? (
          <Alert color="orange" title={t('contacts.profilesUnavailableTitle')} role="alert">
            {t('contacts.profilesUnavailable', { version: server.version })}
          </Alert>
        ) : (
          <QueryState
            query={fields}
            title={t('contacts.fieldsLoadFailed')}
            forbidden={{ title: t('contacts.fieldsLoadFailed'), permission: 'view-l-room' }}
          >
            {(definitions) =>
              contactId === undefined ? (
                form(server, definitions, null)
              ) : (
                <QueryState
                  query={profile}
                  title={t('common.contactLoadFailed')}
                  forbidden={{ title: t('contacts.cannotUpdateProfile'), permission: 'view-livechat-contact' }}
                  notFound={<ContactNotFound />}
                >
                  {(current) => form(server, definitions, current)}
                </QueryState>
              )
            }
          </QueryState>
        )
      }
    </QueryState>
  );
}

function Loaded({
  capabilities,
  definitions,
  current,
  prefill,
  onSaved,
}: Omit<ProfileFormPageProps, 'contactId'> & {
  capabilities: Capabilities;
  definitions: CustomField[];
  current: ContactProfile | null;
}) {
  return (
    <Stack>
      <FormHeading
        title={
          current
            ? t('contacts.editProfileTitle', { name: current.name || current._id })
            : t('contacts.newProfileTitle')
        }
        intro={t('contacts.profileFormIntro')}
      />
      <ProfileForm
        {...formStart(definitions, prefill)}
        profile={current}
        capabilities={capabilities}
        cancelHref={current ? paths.profile(current._id) : paths.directory()}
        onSaved={onSaved}
      />
    </Stack>
  );
}
