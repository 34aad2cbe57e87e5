import { t } from '@/i18n/translator';
import { useQuery } from '@tanstack/react-query';
import { Alert, Stack } from '@mantine/core';
import { QueryState } from '@/components/query-state';
import { contactQueries } from '../../api/contact-queries';
import type { CustomField, Visitor } from '../../api/wire';
import { ContactNotFound } from '../detail/contact-not-found';
import { FormHeading } from './form-heading';
import { formStart } from './form-start';
import { VisitorForm } from './visitor-form';
import { paths } from '@/lib/paths';

interface VisitorFormPageProps {
  /** The visitor to edit; none to register a new one. */
  visitorId?: string | undefined;
  prefill?: Partial<Record<string, string>>;
  onSaved: (visitorId: string) => void;
}

const forbidden = () => ({ title: t('contacts.cannotSaveVisitor'), permission: 'view-l-room' }) as const;

/** Loads what the form needs (the definitions, the visitor), then renders it with those values. */
export function VisitorFormPage({ visitorId, prefill, onSaved }: VisitorFormPageProps) {
  const fields = useQuery(contactQueries.customFields());
  const visitor = useQuery({ ...contactQueries.visitor(visitorId ?? ''), enabled: visitorId !== undefined });
  const form = (definitions: CustomField[], current: Visitor | null) => (
    <Loaded definitions={definitions} current={current} prefill={prefill} onSaved={onSaved} />
  );

  return (
    <QueryState query={fields} title={t('contacts.fieldsLoadFailed')} forbidden={forbidden()}>
      {(definitions) =>
        visitorId === undefined ? (
          form(definitions, null)
        ) : (
          <QueryState query={visitor} title={t('common.contactLoadFailed')} forbidden={forbidden()}>
            {(current) => (current ? form(definitions, current) : <ContactNotFound />)}
          </QueryState>
        )
      }
    </QueryState>
  );
}

function Loaded({
  definitions,
  current,
  prefill,
  onSaved,
}: Omit<VisitorFormPageProps, 'visitorId'> & { definitions: CustomField[]; current: Visitor | null }) {
  if (current && !current.token) return <Alert color="orange">{t('contacts.noToken')}</Alert>;
  return (
    <Stack>
      <FormHeading
        title={
          current
            ? t('contacts.editTitle', { name: current.name || current.username || current._id })
            : t('contacts.registerTitle')
        }
        intro={t('contacts.formIntro')}
      />
      <VisitorForm
        {...formStart(definitions, prefill)}
        visitor={current}
        cancelHref={current ? paths.visitor(current._id) : paths.directory()}
        onSaved={onSaved}
      />
    </Stack>
  );
}
