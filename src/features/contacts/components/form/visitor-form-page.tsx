import { useQuery } from '@tanstack/react-query';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { isPhoneRegion } from '@/lib/phone-regions';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import { visitorFields } from '../../api/custom-field-fetchers';
import { messages } from '../../messages';
import { browserRegion } from '../../model/search-criteria';
import { ContactNotFound } from '../detail/contact-not-found';
import { VisitorForm } from './visitor-form';

interface VisitorFormPageProps {
  /** The visitor to edit; none to register a new one. */
  visitorId?: string | undefined;
  prefill?: Partial<Record<string, string>>;
  onSaved: (visitorId: string) => void;
}

const forbidden = { title: messages.cannotSaveVisitor, permission: 'view-l-room' };

/** Loads what the form needs (the definitions, the visitor), then renders it with those values. */
export function VisitorFormPage({ visitorId, prefill, onSaved }: VisitorFormPageProps) {
  const fields = useQuery(contactQueries.customFields());
  const visitor = useQuery({ ...contactQueries.visitor(visitorId ?? ''), enabled: visitorId !== undefined });

  if (fields.isError)
    return (
      <QueryError
        error={fields.error}
        title={messages.fieldsLoadFailed}
        onRetry={() => void fields.refetch()}
        forbidden={forbidden}
      />
    );
  if (visitor.isError)
    return (
      <QueryError
        error={visitor.error}
        title={messages.loadFailed}
        onRetry={() => void visitor.refetch()}
        forbidden={forbidden}
      />
    );
  if (!fields.data || (visitorId !== undefined && visitor.data === undefined)) return <PageLoader />;
  if (visitorId !== undefined && visitor.data === null) return <ContactNotFound />;

  const current = visitor.data ?? null;
  if (current && !current.token) return <Alert color="orange">{messages.noToken}</Alert>;
  const region = isPhoneRegion(prefill?.region ?? '') ? (prefill?.region ?? '') : browserRegion();
  return (
    <Stack>
      <div>
        <Title order={1}>
          {current ? messages.editTitle(current.name || current.username || current._id) : messages.registerTitle}
        </Title>
        <Text c="dimmed">{messages.formIntro}</Text>
      </div>
      <VisitorForm
        visitor={current}
        fields={visitorFields(fields.data).visible}
        region={region}
        prefill={prefill}
        cancelHref={current ? `/visitors/${encodeURIComponent(current._id)}` : '/'}
        onSaved={onSaved}
      />
    </Stack>
  );
}
