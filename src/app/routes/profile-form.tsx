import { t } from '@/i18n/translator';
import { Container } from '@mantine/core';
import { useLocation, useParams, useSearch } from 'wouter';
import { ProfileFormPage } from '@/features/contacts/components/form/profile-form-page';
import { usePageTitle } from '../use-page-title';
import { paths } from '@/lib/paths';

/** `/contacts/new?email=…&phone=…&name=…`: create a contact profile (Rocket.Chat 7.1+), starting from a search. */
export function NewProfileRoute() {
  usePageTitle(t('contacts.newProfileTitle'));
  const [, navigate] = useLocation();
  const prefill = Object.fromEntries(new URLSearchParams(useSearch()));
  return (
    <Container size="sm">
      <ProfileFormPage prefill={prefill} onSaved={(id) => navigate(paths.profile(id))} />
    </Container>
  );
}

/** `/contacts/:id/edit`: correct a contact profile. */
export function EditProfileRoute() {
  usePageTitle(t('contacts.editProfileDocument'));
  const [, navigate] = useLocation();
  const { id = '' } = useParams<{ id: string }>();
  return (
    <Container size="sm">
      <ProfileFormPage contactId={id} onSaved={(saved) => navigate(paths.profile(saved), { replace: true })} />
    </Container>
  );
}
