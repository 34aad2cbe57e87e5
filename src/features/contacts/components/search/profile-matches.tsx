import { t } from '@/i18n/translator';
import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { LoadingIndicator } from '@/components/page-loader';
import { Link } from 'wouter';
import type { ContactProfile } from '../../api/wire';
import { paths } from '@/lib/paths';

interface ProfileMatchesProps {
  isPending: boolean;
  isError: boolean;
  profiles: ContactProfile[];
}

/** Rocket.Chat 7.1+ contact profiles with the same email or phone, each linking to its detail. */
export function ProfileMatches({ isPending, isError, profiles }: ProfileMatchesProps) {
  return (
    <Card withBorder component="section" aria-labelledby="profile-matches-title">
      <Title order={2} size="h3" id="profile-matches-title" mb="xs">
        {t('contacts.profilesTitle')}
      </Title>
      {isPending ? (
        <LoadingIndicator size="sm" label={t('contacts.searching')} />
      ) : isError ? (
        <Text size="sm" role="alert">
          {t('contacts.profilesFailed')}
        </Text>
      ) : profiles.length === 0 ? (
        <Text size="sm">{t('contacts.profilesNone')}</Text>
      ) : (
        <>
          <Text size="sm">{t('contacts.profilesIntro')}</Text>
          <List size="sm">
            {profiles.map((profile) => (
              <List.Item key={profile._id}>
                <Anchor component={Link} href={paths.profile(profile._id)} dir="auto">
                  {profile.name || profile.emails?.[0]?.address || profile._id}
                </Anchor>
                {profile.emails?.length ? ` · ${profile.emails.map((e) => e.address).join(', ')}` : ''}
                {profile.phones?.length ? ` · ${profile.phones.map((p) => p.phoneNumber).join(', ')}` : ''}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
