import { Container } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { VisitorDetail } from '@/features/contacts/components/detail/visitor-detail';
import { detailMessages as messages } from '@/features/contacts/messages';
import '../detail.css';

export function VisitorDetailRoute({ params }: { params: { id: string } }) {
  useDocumentTitle(`${messages.documentTitle} · Omnichannel Contacts`);
  return (
    <Container size="md" className="contact-detail">
      <VisitorDetail key={params.id} id={params.id} />
    </Container>
  );
}
