import { t } from '@/i18n/translator';
import { Container } from '@mantine/core';
import { useLocation, useParams, useSearch } from 'wouter';
import { VisitorFormPage } from '@/features/contacts/components/form/visitor-form-page';
import { usePageTitle } from '../use-page-title';
import { paths } from '@/lib/paths';

/** `/visitors/new?email=…&phone=…&cf.<id>=…`: register a contact, starting from what was searched. */
export function NewVisitorRoute() {
  usePageTitle(t('contacts.registerTitle'));
  const [, navigate] = useLocation();
  const prefill = Object.fromEntries(new URLSearchParams(useSearch()));
  return (
    <Container size="sm">
      <VisitorFormPage prefill={prefill} onSaved={(id) => navigate(paths.visitor(id))} />
    </Container>
  );
}

/** `/visitors/:id/edit`: correct a visitor contact. */
export function EditVisitorRoute() {
  usePageTitle(t('contacts.editContact'));
  const [, navigate] = useLocation();
  const { id = '' } = useParams<{ id: string }>();
  return (
    <Container size="sm">
      <VisitorFormPage visitorId={id} onSaved={(saved) => navigate(paths.visitor(saved), { replace: true })} />
    </Container>
  );
}
