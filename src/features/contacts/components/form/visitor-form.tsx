import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Group, Stack } from '@mantine/core';
import { TextField } from '@/components/form-fields';
import { describeError } from '@/components/query-error';
import { clearDraft, writeDraft } from '@/lib/drafts';
import { navigationGuard } from '@/lib/navigation-guard';
import { notify } from '@/lib/notify';
import { isPhoneRegion } from '@/lib/phone-regions';
import { toE164 } from '@/lib/phone';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { contactQueries } from '../../api/contact-queries';
import { findDuplicateVisitor, useDuplicateVisitor, type DuplicateState } from '../../api/use-duplicate-visitor';
import { useSaveVisitor } from '../../api/visitor-mutations';
import type { CustomField, Visitor } from '../../api/wire';
import { messages } from '../../messages';
import { saveErrorTarget } from '../../model/save-errors';
import { loadVisitorDraft, newVisitorToken, visitorDraftKey, type VisitorDraft } from '../../model/visitor-draft';
import { visitorFormSchema, type VisitorFormValues } from '../../model/visitor-form';
import { droppedKeys, fromVisitor, toRegisterPayload } from '../../model/visitor-mappers';
import { RegionField } from '../region-field';
import { ContactManagerField } from './contact-manager-field';
import { CustomFieldInputs } from './custom-field-inputs';
import { AlreadyExists, CheckingHint } from './duplicate-hint';
import { DraftRestored, SaveFooter, SaveProblem, type FormError } from './form-feedback';
import { StaleEditDialog, type FieldChange } from './stale-edit-dialog';

interface VisitorFormProps {
  /** The visitor as loaded when the form opened; null to register a new one. */
  visitor: Visitor | null;
  /** Visible visitor-scope custom field definitions. */
  fields: CustomField[];
  region: string;
  /** Values to start a new contact from (what was searched: email, phone, cf.<id>). */
  prefill?: Partial<Record<string, string>>;
  cancelHref: string;
  onSaved: (visitorId: string) => void;
}

type Base = NonNullable<VisitorDraft['base']>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Register or correct a visitor contact (`POST omnichannel/contact`), never losing what was typed. */
export function VisitorForm({ visitor, fields, region, prefill, cancelHref, onSaved }: VisitorFormProps) {
  const queryClient = useQueryClient();
  const draftKey = visitorDraftKey(visitor?._id);
  const [initial] = useState(() => {
    const opened = fromVisitor(visitor, fields, region, prefill);
    const draft = loadVisitorDraft(draftKey, fields);
    return {
      restored: draft !== undefined && !same(draft.values, opened),
      token: draft?.token ?? visitor?.token ?? newVisitorToken(),
      values: draft?.values ?? opened,
      base: draft?.base ?? { updatedAt: visitor?._updatedAt ?? null, values: opened },
    };
  });
  const [base, setBase] = useState<Base>(initial.base);
  const [restored, setRestored] = useState(initial.restored);
  const [stale, setStale] = useState<{ changes: FieldChange[]; fresh: Visitor } | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  // The visitor token: kept with the draft so a retried registration updates the same visitor.
  const [token, setToken] = useState(initial.token);
  const checking = useRef(false);
  const save = useSaveVisitor();

  const form = useForm<VisitorFormValues>({
    resolver: zodResolver(visitorFormSchema(fields, visitor ? base.values : undefined)),
    defaultValues: initial.values,
  });
  const values = useWatch({ control: form.control }) as VisitorFormValues;
  const dirty = !same(values, base.values);
  useUnsavedChangesGuard(dirty && !save.isSuccess);

  // Every change is kept in this browser until it is saved.
  useEffect(() => {
    if (save.isSuccess) return;
    if (dirty) writeDraft(draftKey, { token, values, base } satisfies VisitorDraft);
    else clearDraft(draftKey);
  }, [values, dirty, base, draftKey, token, save.isSuccess]);

  const emailCheck = useDuplicateVisitor('email', values.email, values.region, token);
  const phoneCheck = useDuplicateVisitor('phone', values.phone, values.region, token);
  const e164 = isPhoneRegion(values.region) ? toE164(values.phone, values.region) : undefined;
  const { errors } = form.formState;

  const showSaveError = (error: unknown) => {
    const target = saveErrorTarget(error, fields, 'view-l-room');
    if (target.kind === 'forbidden') setFormError({ kind: 'forbidden', permission: target.permission });
    else if (target.kind === 'form')
      setFormError({
        kind: 'message',
        message: target.transient ? describeError(error) : target.message,
        transient: target.transient,
      });
    else if (typeof target.field === 'string')
      form.setError(target.field, { message: target.message }, { shouldFocus: true });
    else {
      const id = target.field.customField;
      const index = fields.findIndex((field) => field._id === id);
      form.setError(`customFields.${index}.value`, { message: target.message }, { shouldFocus: true });
    }
  };

  const persist = (toSave: VisitorFormValues) => {
    setFormError(null);
    save.mutate(toRegisterPayload(toSave, token), {
      onSuccess: (id) => {
        clearDraft(draftKey);
        navigationGuard.setActive(false);
        notify({ color: 'green', message: messages.saved });
        onSaved(id);
      },
      onError: showSaveError,
    });
  };

  const trySave = async (submitted: VisitorFormValues) => {
    // One save at a time: Ctrl+Enter and Retry do not wait for the disabled Save button.
    if (checking.current || save.isPending) return;
    checking.current = true;
    setFormError(null);
    try {
      const [emailTaken, phoneTaken] = await Promise.all([
        findDuplicateVisitor(queryClient, 'email', submitted.email, submitted.region, token),
        findDuplicateVisitor(queryClient, 'phone', submitted.phone, submitted.region, token),
      ]);
      if (emailTaken) form.setError('email', { message: messages.emailExists }, { shouldFocus: true });
      if (phoneTaken) form.setError('phone', { message: messages.phoneExists }, { shouldFocus: !emailTaken });
      if (emailTaken || phoneTaken) return;
      if (visitor) {
        // Never overwrite silently: compare with the version this edit started from.
        const fresh = await queryClient.fetchQuery({ ...contactQueries.visitor(visitor._id), staleTime: 0 });
        if (!fresh) return setFormError({ kind: 'message', message: messages.visitorGone, transient: false });
        if (fresh._updatedAt !== base.updatedAt) {
          const changes = describeChanges(base.values, fromVisitor(fresh, fields, submitted.region), submitted, fields);
          if (changes.length > 0) return setStale({ changes, fresh });
          setBase({ updatedAt: fresh._updatedAt ?? null, values: base.values });
        }
      }
      persist(submitted);
    } catch (error) {
      showSaveError(error);
    } finally {
      checking.current = false;
    }
  };
  const submit = (event?: React.BaseSyntheticEvent) => form.handleSubmit(trySave)(event);

  const dropped = droppedKeys(visitor, fields);
  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <Stack>
        {restored && (
          <DraftRestored
            onDiscard={() => {
              clearDraft(draftKey);
              form.reset(base.values);
              setRestored(false);
              // The discarded draft's token may already name a saved visitor: a new contact starts afresh.
              if (!visitor) setToken(newVisitorToken());
            }}
          />
        )}
        {dropped.length > 0 && <Alert color="orange">{messages.droppedFields(dropped.join(', '))}</Alert>}

        <TextField
          label={messages.nameLabel}
          withAsterisk
          autoFocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextField
          label={messages.emailLabel}
          type="email"
          description={checkingText(emailCheck)}
          error={duplicateError(emailCheck, messages.emailExists) ?? errors.email?.message}
          {...form.register('email')}
        />
        <Group align="flex-start" grow wrap="wrap">
          <TextField
            label={messages.phoneLabel}
            type="tel"
            description={
              checkingText(phoneCheck) ??
              (e164 && e164 !== values.phone.trim() ? messages.phoneSavedAs(e164) : undefined)
            }
            error={duplicateError(phoneCheck, messages.phoneExists) ?? errors.phone?.message}
            {...form.register('phone')}
          />
          <RegionField {...form.register('region')} />
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

        <SaveProblem error={formError} forbiddenTitle={messages.cannotSaveVisitor} onRetry={() => void submit()} />
        <SaveFooter cancelHref={cancelHref} saving={save.isPending} />
      </Stack>

      {stale && (
        <StaleEditDialog
          changes={stale.changes}
          onKeepEditing={() => {
            setBase({
              updatedAt: stale.fresh._updatedAt ?? null,
              values: fromVisitor(stale.fresh, fields, values.region),
            });
            setStale(null);
          }}
          onTakeTheirs={() => {
            const theirs = fromVisitor(stale.fresh, fields, values.region);
            setBase({ updatedAt: stale.fresh._updatedAt ?? null, values: theirs });
            form.reset(theirs);
            setStale(null);
          }}
          onOverwrite={() => {
            setBase({
              updatedAt: stale.fresh._updatedAt ?? null,
              values: fromVisitor(stale.fresh, fields, values.region),
            });
            setStale(null);
            persist(form.getValues());
          }}
        />
      )}
    </form>
  );
}

function checkingText(check: DuplicateState) {
  return check.status === 'checking' ? <CheckingHint /> : undefined;
}

function duplicateError(check: DuplicateState, text: string) {
  if (check.status !== 'duplicate') return undefined;
  const { contact } = check;
  return (
    <AlreadyExists
      text={text}
      name={contact.name || contact.username || contact._id}
      href={`/visitors/${encodeURIComponent(contact._id)}`}
    />
  );
}

/** The fields that changed on the server since the form opened. */
function describeChanges(
  opened: VisitorFormValues,
  now: VisitorFormValues,
  yours: VisitorFormValues,
  fields: CustomField[],
): FieldChange[] {
  const rows: FieldChange[] = [
    { label: messages.nameLabel, opened: opened.name, now: now.name, yours: yours.name },
    { label: messages.emailLabel, opened: opened.email, now: now.email, yours: yours.email },
    { label: messages.phoneLabel, opened: opened.phone, now: now.phone, yours: yours.phone },
    {
      label: messages.managerLabel,
      opened: opened.contactManager,
      now: now.contactManager,
      yours: yours.contactManager,
    },
    ...fields.map((field, index) => ({
      label: field.label,
      opened: opened.customFields[index]?.value ?? '',
      now: now.customFields[index]?.value ?? '',
      yours: yours.customFields[index]?.value ?? '',
    })),
  ];
  return rows.filter((row) => row.opened !== row.now);
}
