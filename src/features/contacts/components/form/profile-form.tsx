import { formatList, t } from '@/i18n/translator';
import { useFieldArray, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '@mantine/core';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import type { Capabilities } from '@/lib/capabilities';
import { useCan } from '@/lib/use-can';
import { contactQueries } from '../../api/contact-queries';
import { useCreateProfile, useUpdateProfile, type SavedProfile } from '../../api/profile-mutations';
import type { ContactProfile } from '../../api/wire';
import { customFieldRows, uncoveredValues } from '../../model/field-changes';
import { agentLabel } from '../../model/format';
import { addUncertain, loadProfileDraft, profileDraftKey, type ProfileDraft } from '../../model/profile-draft';
import { emailToSave, profileFormSchema, type ProfileFormValues } from '../../model/profile-form';
import { fromProfile, isCreatedBy, toCreateBody, toUpdateBody } from '../../model/profile-mappers';
import { contactFieldPath } from '../../model/save-errors';
import { usePhoneParser } from '@/lib/phone-parser';
import { phoneToSave } from '../../model/visitor-form';
import { RegionField } from '../region-field';
import { ContactManagerField } from './contact-manager-field';
import { CustomFieldInputs } from './custom-field-inputs';
import { EditingShell, NameField } from './editing-shell';
import type { FormStart } from './form-start';
import { ProfileValueList } from './profile-value-list';
import { useEditingCore } from './use-editing-core';

interface ProfileFormProps extends FormStart {
  /** The contact profile as loaded when the form opened; null to create one. */
  profile: ContactProfile | null;
  /** What the server does with contact profiles. */
  capabilities: Capabilities;
  cancelHref: string;
  onSaved: (contactId: string) => void;
}

/** The emails and phones a contact had when the form opened (none for a new one): saved as they are, not checked. */
const originalsOf = (opened: ProfileFormValues | null) => ({
  emails: opened?.emails.map((email) => email.address) ?? [],
  phones: opened?.phones.map((phone) => phone.phoneNumber) ?? [],
});

const saved = ({ id, contact }: SavedProfile) => ({ id, conflicts: contact?.conflictingFields?.length ?? 0 });

/**
 * Create (`POST omnichannel/contacts`, never twice) or correct (`contacts.update`, only what changed) a contact
 * profile. The editing machinery is the shared core; this file holds the fields, the mapper and the save calls.
 */
export function ProfileForm(props: ProfileFormProps) {
  const { profile, fields, allFields, capabilities, region, prefill, cancelHref, onSaved } = props;
  const queryClient = useQueryClient();
  const create = useCreateProfile();
  const update = useUpdateProfile();
  const permission = profile ? 'update-livechat-contact' : 'create-livechat-contact';
  const can = useCan(permission);
  const draftKey = profileDraftKey(profile?._id);
  const toValues = (record: ContactProfile | null) => fromProfile(record, fields, region, prefill);

  /** An agent's name from the agent list the manager picker loaded; the user id when it is not there. */
  const managerLabel = (id: string) => {
    const agent = queryClient.getQueryData(contactQueries.agents('').queryKey)?.find((item) => item._id === id);
    return agent ? agentLabel(agent) : id;
  };

  const core = useEditingCore<ProfileFormValues, ContactProfile, Pick<ProfileDraft, 'uncertain'>>({
    record: profile,
    toValues,
    updatedAt: (record) => record._updatedAt ?? null,
    resolver: (original) => zodResolver(profileFormSchema(fields, original)),
    draft: {
      key: draftKey,
      load: () => {
        const stored = loadProfileDraft(draftKey, fields);
        return stored && { values: stored.values, base: stored.base, extra: { uncertain: stored.uncertain } };
      },
      write: ({ values, base, extra }) => ({ values, base, uncertain: extra.uncertain }) satisfies ProfileDraft,
      // Discarded, the lost creates go too: they were another person's, and a save would update that contact.
      newExtra: () => ({ uncertain: [] }),
      keep: ({ uncertain }) => uncertain.length > 0,
    },
    summarize: (values) => [
      { label: t('common.name'), value: values.name },
      { label: t('common.email'), value: values.emails.map((email) => email.address.trim()).join(', ') },
      { label: t('common.phone'), value: values.phones.map((phone) => phone.phoneNumber.trim()).join(', ') },
      { label: t('common.contactManager'), value: values.contactManager ? managerLabel(values.contactManager) : '' },
      ...customFieldRows(values.customFields, fields),
    ],
    fetchFresh: () => queryClient.fetchQuery({ ...contactQueries.profile(profile?._id ?? ''), staleTime: 0 }),
    fresh: { readPermission: 'view-livechat-contact', gone: t('contacts.contactGone') },
    duplicates: {
      check: ({ uncertain }) => ({
        target: { record: 'profile', excludeId: profile?._id, checkExistence: capabilities.checkExistence },
        originals: [],
        // A contact made by this form's own lost create is this contact, not a duplicate of it.
        isSelf: (candidate) =>
          candidate.record === 'profile' &&
          uncertain.some((attempt) => isCreatedBy(candidate.profile, attempt.body, attempt.startedAt)),
      }),
      // Values the contact had when the form opened are never checked, as Rocket.Chat's own form does.
      rows: (submitted, opened) => {
        const { emails, phones } = originalsOf(profile && opened);
        return [
          ...submitted.emails.map(({ address }, index) => ({
            name: `emails.${index}.address` as const,
            kind: 'email' as const,
            value: address,
            region: submitted.region,
            originals: emails,
          })),
          ...submitted.phones.map(({ phoneNumber }, index) => ({
            name: `phones.${index}.phoneNumber` as const,
            kind: 'phone' as const,
            value: phoneNumber,
            region: submitted.region,
            originals: phones,
          })),
        ];
      },
    },
    // 7.2+ keeps values no visible definition covers; 7.1 replaces the map, so only a save that sends it loses them.
    lost: (current, submitted, base) =>
      capabilities.keepsUnregisteredCustomFields || !current || !toUpdateBody(submitted, '', base).customFields
        ? []
        : uncoveredValues(current.customFields, fields, allFields).map(({ label }) => label),
    save: async (submitted, { base, extra }) =>
      saved(
        profile
          ? await update.mutateAsync(toUpdateBody(submitted, profile._id, base.values))
          : await create.mutateAsync({ body: toCreateBody(submitted), uncertain: extra.uncertain }),
      ),
    // Unless Rocket.Chat refused it, a create may have made the contact: remember it, so no retry makes a second.
    ...(profile
      ? {}
      : {
          onMaybeSaved: (submitted, startedAt, extra) => ({
            uncertain: addUncertain(extra.uncertain, { body: toCreateBody(submitted), startedAt }),
          }),
        }),
    errors: { fields, permission, fieldOf: contactFieldPath },
    onSaved,
  });

  const { form, base } = core;
  const { errors } = form.formState;
  const emails = useFieldArray({ control: form.control, name: 'emails' });
  const phones = useFieldArray({ control: form.control, name: 'phones' });
  const [emailValues, phoneValues, phoneRegion] = useWatch({
    control: form.control,
    name: ['emails', 'phones', 'region'],
  });
  const phoneParser = usePhoneParser(phoneValues.some(({ phoneNumber }) => phoneNumber.trim() !== ''));
  const { emails: originalEmails, phones: originalPhones } = originalsOf(profile && base.values);
  const unregistered = uncoveredValues(profile?.customFields, fields, allFields).map(
    ({ label, value }) => `${label} (${value})`,
  );
  const conflicts = profile?.conflictingFields?.length ?? 0;
  const forbiddenTitle = profile ? t('contacts.cannotUpdateProfile') : t('contacts.cannotCreateProfile');
  const listProps = { region: phoneRegion, check: core.duplicateCheck, checking: !core.saved };

  return (
    <EditingShell
      core={core}
      forbiddenTitle={forbiddenTitle}
      cancelHref={cancelHref}
      notices={
        <>
          {can === 'no' && core.formError?.kind !== 'forbidden' && (
            <ForbiddenNotice title={forbiddenTitle} permission={permission} />
          )}
          {conflicts > 0 && <Alert color="yellow">{t('contacts.pendingConflicts', { count: conflicts })}</Alert>}
          {unregistered.length > 0 && (
            <Alert
              color={capabilities.keepsUnregisteredCustomFields ? 'blue' : 'orange'}
              title={t('contacts.unregisteredTitle')}
            >
              {capabilities.keepsUnregisteredCustomFields
                ? t('contacts.unregisteredKept', { list: formatList(unregistered) })
                : t('contacts.unregisteredLost', { version: capabilities.version, list: formatList(unregistered) })}
            </Alert>
          )}
        </>
      }
    >
      <NameField error={errors.name?.message} {...form.register('name')} />
      <ProfileValueList
        kind="email"
        keys={emails.fields.map((field) => field.id)}
        values={emailValues.map((email) => email.address)}
        register={(index) => form.register(`emails.${index}.address`)}
        errorOf={(index) => errors.emails?.[index]?.address?.message}
        savedAs={(value) => (value.trim() ? emailToSave(value, originalEmails) : undefined)}
        {...listProps}
        check={{ ...core.duplicateCheck, originals: originalEmails }}
        onAdd={() => emails.append({ address: '' })}
        onRemove={(index) => emails.remove(index)}
      />
      <ProfileValueList
        kind="phone"
        keys={phones.fields.map((field) => field.id)}
        values={phoneValues.map((phone) => phone.phoneNumber)}
        register={(index) => form.register(`phones.${index}.phoneNumber`)}
        errorOf={(index) => errors.phones?.[index]?.phoneNumber?.message}
        savedAs={(value) => (phoneParser && phoneToSave({ phone: value, region: phoneRegion })) || undefined}
        {...listProps}
        check={{ ...core.duplicateCheck, originals: originalPhones }}
        onAdd={() => phones.append({ phoneNumber: '' })}
        onRemove={(index) => phones.remove(index)}
      />
      <RegionField control={form.control} name="region" />
      <CustomFieldInputs
        fields={fields}
        register={(index) => form.register(`customFields.${index}.value`)}
        errorOf={(index) => errors.customFields?.[index]?.value?.message}
      />
      <ContactManagerField control={form.control} name="contactManager" valueOf={(agent) => agent._id} />
    </EditingShell>
  );
}
