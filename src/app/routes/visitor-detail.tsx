import { t } from '@/i18n/translator';
import { Container } from '@mantine/core';
import { useVisitorName } from '@/features/contacts/components/detail/use-contact-name';
import { VisitorDetail } from '@/features/contacts/components/detail/visitor-detail';
import '../detail.css';
import { usePageTitle } from '../use-page-title';

export function VisitorDetailRoute({ params }: { params: { id: string } }) {
  usePageTitle(useVisitorName(params.id) ?? t('detail.documentTitle'));
  return (
    <Container size="xl" className="contact-detail">
      <VisitorDetail key={params.id} id={params.id} />
    </Container>
  );
}
