import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Stack } from '@mantine/core';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { TextField } from '@/components/form-fields';
import { describeError } from '@/components/query-error';
import { isApiError } from '@/lib/api-error';
import { clearDraft, writeDraft } from '@/lib/drafts';
import { navigationGuard } from '@/lib/navigation-guard';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/use-can';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { contactQueries } from '../../api/contact-queries';
import { useCreateProfile, useUpdateProfile, type SavedProfile } from '../../api/profile-mutations';
import { fetchProfile } from '../../api/profile-fetchers';
import { fetchDuplicateProfile } from '../../api/use-duplicate-profile';
import type { ContactProfile, CustomField } from '../../api/wire';
import { messages } from '../../messages';
import { addUncertain, loadProfileDraft, profileDraftKey, type ProfileDraft } from '../../model/profile-draft';
import { emailToSave, profileFormSchema, type ProfileFormValues } from '../../model/profile-form';
import {
  describeProfileChanges,
  fromProfile,
  isCreatedBy,
  toCreateBody,
  toUpdateBody,
  unregisteredFields,
  type ProfileChange,
} from '../../model/profile-mappers';
import { mayHaveSaved, saveErrorTarget } from '../../model/save-errors';
import { phoneToSave } from '../../model/visitor-form';
import { RegionField } from '../region-field';
import { ContactManagerField } from './contact-manager-field';
import { CustomFieldInputs } from './custom-field-inputs';
import { DraftRestored, SaveFooter, SaveProblem, type FormError } from './form-feedback';
import { ProfileValueList } from './profile-value-list';
import { StaleEditDialog } from './stale-edit-dialog';
import { agentLabel } from '../../model/format';
import type { Capabilities } from '@/lib/capabilities';

interface ProfileFormProps {
  /** The contact profile as loaded when the form opened; null to create one. */
  profile: ContactProfile | null;
  /** Visible visitor-scope custom field definitions. */
  fields: CustomField[];
  /** Every visitor-scope definition, to name stored values the form cannot edit. */
  allFields: CustomField[];
  /** What the server does with contact profiles. */
  capabilities: Capabilities;
  region: string;
  /** Values to start a new contact from (what was searched: email, phone, name). */
  prefill?: Partial<Record<string, string>>;
  cancelHref: string;
  onSaved: (contactId: string) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Create (`POST omnichannel/contacts`) or correct (`contacts.update`) a contact profile, never losing what was
 * typed and never saving it twice.
 */
export function ProfileForm({
  profile,
  fields,
  allFields,
  capabilities,
  region,
  prefill,
  cancelHref,
  onSaved,
}: ProfileFormProps) {
  const queryClient = useQueryClient();
  const draftKey = profileDraftKey(profile?._id);
  const [initial] = useState(() => {
    const opened = fromProfile(profile, fields, region, prefill);
    const draft = loadProfileDraft(draftKey, fields);
    return {
      restored: draft !== undefined && !same(draft.values, opened),
      values: draft?.values ?? opened,
      base: draft?.base ?? { updatedAt: profile?._updatedAt ?? null, values: opened },
      uncertain: draft?.uncertain ?? [],
    };
  });
  const [base, setBase] = useState<ProfileDraft['base']>(initial.base);
  const [uncertain, setUncertain] = useState<ProfileDraft['uncertain']>(initial.uncertain);
  const [restored, setRestored] = useState(initial.restored);
  const [stale, setStale] = useState<{ changes: ProfileChange[]; fresh: ContactProfile } | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [checking, setChecking] = useState(false);
  // A check or a save is under way: set and read synchronously, so no second submit starts before a render.
  const busy = useRef(false);
  const create = useCreateProfile();
  const update = useUpdateProfile();
  const saved = create.isSuccess || update.isSuccess;
  const permission = profile ? 'update-livechat-contact' : 'create-livechat-contact';
  const can = useCan(permission);

  const form = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema(fields, profile ? base.values : undefined)),
    defaultValues: initial.values,
    // Checked on submit, then on every change (as Rocket.Chat's newest form). Checking on blur would move the
    // buttons under the pointer: leaving an empty Name to click "Add email" would show its error and lose the click.
  });
  const values = useWatch({ control: form.control }) as ProfileFormValues;
  const emails = useFieldArray({ control: form.control, name: 'emails' });
  const phones = useFieldArray({ control: form.control, name: 'phones' });
  const dirty = !same(values, base.values);
  useUnsavedChangesGuard(dirty && !saved);

  // Every change, and every create that may have reached the server, is kept in this browser until it is saved.
  useEffect(() => {
    if (saved) return;
    if (dirty || uncertain.length > 0) writeDraft(draftKey, { values, base, uncertain } satisfies ProfileDraft);
    else clearDraft(draftKey);
  }, [values, dirty, base, uncertain, draftKey, saved]);

  const originalEmails = profile ? base.values.emails.map((email) => email.address) : [];
  const originalPhones = profile ? base.values.phones.map((phone) => phone.phoneNumber) : [];
  const duplicateOptions = {
    excludeId: profile?._id,
    checkExistence: capabilities.checkExistence,
    // A contact made by this form's own lost create is this contact, not a duplicate of it.
    isSelf: (contact: ContactProfile) =>
      uncertain.some((attempt) => isCreatedBy(contact, attempt.body, attempt.startedAt)),
  };
  const { errors } = form.formState;

  const done = ({ id, contact }: SavedProfile) => {
    clearDraft(draftKey);
    navigationGuard.setActive(false);
    const conflicts = contact?.conflictingFields?.length ?? 0;
    notify(
      conflicts > 0
        ? { color: 'green', title: messages.saved, message: messages.savedWithConflicts(conflicts) }
        : { color: 'green', message: messages.saved },
    );
    onSaved(id);
  };

  const failed = (error: unknown) => {
    const target = saveErrorTarget(error, fields, permission);
    if (target.kind === 'forbidden') return setFormError({ kind: 'forbidden', permission: target.permission });
    if (target.kind === 'form')
      return setFormError({
        kind: 'message',
        message: target.transient
          ? describeError(error)
          : // contacts.update answers a bare code when the contact was deleted meanwhile.
            target.message === 'error-contact-not-found'
            ? messages.contactGone
            : target.message,
        transient: target.transient,
      });
    const { field, message } = target;
    // The 7.1+ API answers a bare code here, the same for an unknown user and a user who is not an agent.
    if (field === 'contactManager') return form.setError(field, { message: messages.managerNotFound });
    const index = fields.findIndex((definition) => definition._id === field.customField);
    form.setError(`customFields.${index}.value`, { message }, { shouldFocus: true });
  };

  const persist = (toSave: ProfileFormValues) => {
    busy.current = true;
    setFormError(null);
    if (profile) {
      update.mutate(toUpdateBody(toSave, profile._id, base.values), {
        onSuccess: done,
        onError: (error) => {
          busy.current = false;
          failed(error);
        },
      });
      return;
    }
    const body = toCreateBody(toSave);
    const startedAt = new Date().toISOString();
    create.mutate(
      { body, uncertain },
      {
        onSuccess: done,
        onError: (error) => {
          busy.current = false;
          // Unless Rocket.Chat refused it, it may have been saved (no answer came, the server failed, or it answered
          // what this app cannot read): remember it, so no retry makes a second contact.
          if (mayHaveSaved(error)) setUncertain((attempts) => addUncertain(attempts, { body, startedAt }));
          failed(error);
        },
      },
    );
  };

  /** The first email or phone another contact already has, rechecked now, so a save never makes a known duplicate. */
  const firstDuplicate = async (submitted: ProfileFormValues) => {
    const rows = [
      ...submitted.emails.map(
        ({ address }, index) => ['email', address, originalEmails, `emails.${index}.address`] as const,
      ),
      ...submitted.phones.map(
        ({ phoneNumber }, index) => ['phone', phoneNumber, originalPhones, `phones.${index}.phoneNumber`] as const,
      ),
    ];
    const states = await Promise.all(
      rows.map(([kind, value, originals]) =>
        fetchDuplicateProfile(queryClient, kind, value, submitted.region, { ...duplicateOptions, originals }),
      ),
    );
    const index = states.findIndex((state) => state.status === 'duplicate');
    const row = rows[index];
    return row ? { name: row[3], message: row[0] === 'email' ? messages.emailExists : messages.phoneExists } : null;
  };

  /** An agent's name from the agent list the manager picker loaded; the user id when it is not there. */
  const managerLabel = (id: string) => {
    const agent = queryClient.getQueryData(contactQueries.agents('').queryKey)?.find((item) => item._id === id);
    return agent ? agentLabel(agent) : id;
  };

  /** The contact could not be read again before saving: a 404 means it was deleted meanwhile. */
  const freshFailed = (error: unknown) => {
    if (isApiError(error) && error.isNotFound)
      return setFormError({ kind: 'message', message: messages.contactGone, transient: false });
    if (isApiError(error) && error.isForbidden)
      return setFormError({ kind: 'forbidden', permission: 'view-livechat-contact' });
    setFormError({ kind: 'message', message: messages.freshCheckFailed(describeError(error)), transient: true });
  };

  /** Rechecks duplicates, then (editing) whether the contact changed meanwhile; false when the save must wait. */
  const readyToSave = async (submitted: ProfileFormValues): Promise<boolean> => {
    const duplicate = await firstDuplicate(submitted);
    if (duplicate) {
      form.setError(duplicate.name, { message: duplicate.message }, { shouldFocus: true });
      return false;
    }
    if (!profile) return true;
    // Never overwrite silently: compare with the version this edit started from. Without it, nothing is saved.
    let fresh: ContactProfile;
    try {
      fresh = await fetchProfile(profile._id);
    } catch (error) {
      freshFailed(error);
      return false;
    }
    queryClient.setQueryData(contactQueries.profile(profile._id).queryKey, fresh);
    if ((fresh._updatedAt ?? null) === base.updatedAt) return true;
    const now = fromProfile(fresh, fields, submitted.region);
    const changes = describeProfileChanges(base.values, now, submitted, fields, managerLabel);
    if (changes.length > 0) {
      setStale({ changes, fresh });
      return false;
    }
    setBase({ updatedAt: fresh._updatedAt ?? null, values: base.values });
    return true;
  };

  const checkAndSave = async (submitted: ProfileFormValues) => {
    if (busy.current) return;
    busy.current = true;
    setChecking(true);
    let ready = false;
    try {
      ready = await readyToSave(submitted);
    } finally {
      setChecking(false);
      busy.current = ready;
    }
    if (ready) persist(submitted);
  };

  /** Save, Ctrl/Cmd+Enter and Retry all come here: one at a time, as a create is not idempotent. */
  const submit = (event?: BaseSyntheticEvent) => form.handleSubmit(checkAndSave)(event);

  const unregistered = unregisteredFields(profile, fields).map(({ key, value }) => {
    const label = allFields.find((field) => field._id === key)?.label || key;
    return `${label} (${value})`;
  });
  const conflicts = profile?.conflictingFields?.length ?? 0;
  const fromStale = (fresh: ContactProfile) => ({
    updatedAt: fresh._updatedAt ?? null,
    values: fromProfile(fresh, fields, values.region),
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
        // Not also the browser's own submit on Enter.
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        {can === 'no' && formError?.kind !== 'forbidden' && (
          <ForbiddenNotice
            title={profile ? messages.cannotUpdateProfile : messages.cannotCreateProfile}
            permission={permission}
          />
        )}
        {restored && (
          <DraftRestored
            onDiscard={() => {
              // Everything of the discarded draft goes: its values, the version it started from, and its lost
              // creates (they were another person's: remembered, a save of this form would update that contact).
              clearDraft(draftKey);
              const opened = fromProfile(profile, fields, region, prefill);
              setBase({ updatedAt: profile?._updatedAt ?? null, values: opened });
              setUncertain([]);
              setFormError(null);
              form.reset(opened);
              setRestored(false);
            }}
          />
        )}
        {conflicts > 0 && <Alert color="yellow">{messages.pendingConflicts(conflicts)}</Alert>}
        {unregistered.length > 0 && (
          <Alert
            color={capabilities.keepsUnregisteredCustomFields ? 'blue' : 'orange'}
            title={messages.unregisteredTitle}
          >
            {capabilities.keepsUnregisteredCustomFields
              ? messages.unregisteredKept(unregistered.join(', '))
              : messages.unregisteredLost(capabilities.version, unregistered.join(', '))}
          </Alert>
        )}

        <TextField
          label={messages.nameLabel}
          withAsterisk
          autoFocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <ProfileValueList
          kind="email"
          keys={emails.fields.map((field) => field.id)}
          values={(values.emails ?? []).map((email) => email.address)}
          register={(index) => form.register(`emails.${index}.address`)}
          errorOf={(index) => errors.emails?.[index]?.address?.message}
          savedAs={(value) => {
            const email = emailToSave(value, originalEmails);
            return email && email !== value.trim() ? email : undefined;
          }}
          region={values.region}
          duplicates={{ ...duplicateOptions, originals: originalEmails, enabled: !saved }}
          onAdd={() => emails.append({ address: '' })}
          onRemove={(index) => emails.remove(index)}
        />
        <ProfileValueList
          kind="phone"
          keys={phones.fields.map((field) => field.id)}
          values={(values.phones ?? []).map((phone) => phone.phoneNumber)}
          register={(index) => form.register(`phones.${index}.phoneNumber`)}
          errorOf={(index) => errors.phones?.[index]?.phoneNumber?.message}
          savedAs={(value) => {
            const phone = phoneToSave({ phone: value, region: values.region });
            return phone && phone !== value.trim() ? phone : undefined;
          }}
          region={values.region}
          duplicates={{ ...duplicateOptions, originals: originalPhones, enabled: !saved }}
          onAdd={() => phones.append({ phoneNumber: '' })}
          onRemove={(index) => phones.remove(index)}
        />
        <RegionField {...form.register('region')} />
        <CustomFieldInputs
          fields={fields}
          register={(index) => form.register(`customFields.${index}.value`)}
          errorOf={(index) => errors.customFields?.[index]?.value?.message}
        />
        <ContactManagerField control={form.control} name="contactManager" valueOf={(agent) => agent._id} />

        <SaveProblem
          error={formError}
          forbiddenTitle={profile ? messages.cannotUpdateProfile : messages.cannotCreateProfile}
          onRetry={() => void submit()}
        />
        <SaveFooter cancelHref={cancelHref} saving={checking || create.isPending || update.isPending} />
      </Stack>

      {stale && (
        <StaleEditDialog
          changes={stale.changes}
          onKeepEditing={() => {
            setBase(fromStale(stale.fresh));
            setStale(null);
          }}
          onTakeTheirs={() => {
            const theirs = fromStale(stale.fresh);
            setBase(theirs);
            form.reset(theirs.values);
            setStale(null);
          }}
          onOverwrite={() => {
            setBase(fromStale(stale.fresh));
            setStale(null);
            persist(form.getValues());
          }}
        />
      )}
    </form>
  );
}
