import { formatList, t } from '@/i18n/translator';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Group } from '@mantine/core';
import { contactQueries } from '../../api/contact-queries';
import { useSaveVisitor } from '../../api/visitor-mutations';
import type { Visitor } from '../../api/wire';
import { customFieldRows, uncoveredValues } from '../../model/field-changes';
import { emailToSave } from '../../model/profile-form';
import { contactFieldPath } from '../../model/save-errors';
import { loadVisitorDraft, newVisitorToken, visitorDraftKey, type VisitorDraft } from '../../model/visitor-draft';
import { usePhoneParser } from '@/lib/phone-parser';
import { phoneToSave, visitorFormSchema, type VisitorFormValues } from '../../model/visitor-form';
import { fromVisitor, toRegisterPayload } from '../../model/visitor-mappers';
import { RegionField } from '../region-field';
import { CheckedField } from './checked-field';
import { ContactManagerField } from './contact-manager-field';
import { CustomFieldInputs } from './custom-field-inputs';
import { EditingShell, NameField } from './editing-shell';
import type { FormStart } from './form-start';
import { useEditingCore } from './use-editing-core';

interface VisitorFormProps extends FormStart {
  /** The visitor as loaded when the form opened; null to register a new one. */
  visitor: Visitor | null;
  cancelHref: string;
  onSaved: (visitorId: string) => void;
}

/**
 * Register or correct a visitor contact (`POST omnichannel/contact`). The endpoint replaces the whole record, so the
 * check for changes made meanwhile runs right before the write, and values in fields the form cannot show (hidden
 * or deleted definitions, which Rocket.Chat drops on every save) go only with the person's consent.
 */
export function VisitorForm({ visitor, fields, allFields, region, prefill, cancelHref, onSaved }: VisitorFormProps) {
  const queryClient = useQueryClient();
  const save = useSaveVisitor();
  const draftKey = visitorDraftKey(visitor?._id);
  const toValues = (record: Visitor | null) => fromVisitor(record, fields, region, prefill);
  const core = useEditingCore<VisitorFormValues, Visitor, { token: string }>({
    record: visitor,
    toValues,
    updatedAt: (record) => record._updatedAt ?? null,
    resolver: (original) => zodResolver(visitorFormSchema(fields, original)),
    draft: {
      key: draftKey,
      load: () => {
        const stored = loadVisitorDraft(draftKey, fields);
        if (!stored) return undefined;
        const base = stored.base ?? { updatedAt: visitor?._updatedAt ?? null, values: toValues(visitor) };
        return { values: stored.values, base, extra: { token: stored.token } };
      },
      write: ({ values, base, extra }) => ({ token: extra.token, values, base }) satisfies VisitorDraft,
      // The token is kept with the draft so that a retried registration updates the same visitor; a new contact
      // started afresh gets a new one (the discarded draft's token may already name a saved visitor).
      newExtra: () => ({ token: visitor?.token ?? newVisitorToken() }),
    },
    summarize: (values) => [
      { label: t('common.name'), value: values.name },
      { label: t('common.email'), value: values.email },
      { label: t('common.phone'), value: values.phone },
      { label: t('common.contactManager'), value: values.contactManager },
      ...customFieldRows(values.customFields, fields),
    ],
    fetchFresh: () => queryClient.fetchQuery({ ...contactQueries.visitor(visitor?._id ?? ''), staleTime: 0 }),
    fresh: { readPermission: 'view-l-room', gone: t('contacts.visitorGone') },
    duplicates: {
      // A visitor with the form's own token is this contact (being edited, or saved by a lost attempt).
      check: ({ token }) => ({
        target: { record: 'visitor' },
        originals: [],
        isSelf: (candidate) => candidate.record === 'visitor' && candidate.visitor.token === token,
      }),
      rows: (submitted) => [
        { name: 'email', kind: 'email', value: submitted.email, region: submitted.region, originals: [] },
        { name: 'phone', kind: 'phone', value: submitted.phone, region: submitted.region, originals: [] },
      ],
    },
    lost: (current) => uncoveredValues(current?.livechatData, fields, allFields).map(({ label }) => label),
    save: async (submitted, { extra }) => ({ id: await save.mutateAsync(toRegisterPayload(submitted, extra.token)) }),
    errors: { fields, permission: 'view-l-room', fieldOf: contactFieldPath },
    onSaved,
  });
  const { form } = core;
  const { errors } = form.formState;
  const [email, phone, phoneRegion] = useWatch({ control: form.control, name: ['email', 'phone', 'region'] });
  const phoneParser = usePhoneParser(phone.trim() !== '');
  const dropped = uncoveredValues(visitor?.livechatData, fields, allFields);
  const checked = { region: phoneRegion, check: core.duplicateCheck, checking: !core.saved };

  return (
    <EditingShell
      core={core}
      forbiddenTitle={t('contacts.cannotSaveVisitor')}
      cancelHref={cancelHref}
      notices={
        dropped.length > 0 && (
          <Alert color="orange">
            {t('contacts.droppedFields', { keys: formatList(dropped.map(({ label }) => label)) })}
          </Alert>
        )
      }
    >
      <NameField error={errors.name?.message} {...form.register('name')} />
      <CheckedField
        kind="email"
        label={t('common.email')}
        value={email}
        savedAs={email.trim() ? emailToSave(email, [core.base.values.email]) : undefined}
        fieldError={errors.email?.message}
        {...checked}
        {...form.register('email')}
      />
      <Group align="flex-start" grow wrap="wrap">
        <CheckedField
          kind="phone"
          label={t('common.phone')}
          value={phone}
          savedAs={(phoneParser && phoneToSave({ phone, region: phoneRegion })) || undefined}
          fieldError={errors.phone?.message}
          {...checked}
          {...form.register('phone')}
        />
        <RegionField control={form.control} name="region" />
      </Group>
      <CustomFieldInputs
        fields={fields}
        register={(index) => form.register(`customFields.${index}.value`)}
        errorOf={(index) => errors.customFields?.[index]?.value?.message}
      />
      <ContactManagerField
        control={form.control}
        name="contactManager"
        valueOf={(agent) => agent.username}
        currentLabel={visitor?.contactManager?.username}
      />
    </EditingShell>
  );
}
