import { t } from '@/i18n/translator';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { clearDraft, writeDraft } from '@/lib/drafts';
import { navigationGuard } from '@/lib/navigation-guard';
import { notify } from '@/lib/notify';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { checkDuplicate } from '../../api/use-duplicate-check';
import { describeChanges, type FieldChange } from '../../model/field-changes';
import { mayHaveSaved } from '../../model/save-errors';
import { useSaveErrors } from './use-save-errors';
import type { Base, EditingCoreOptions } from './editing-core-types';

/**
 * The editing core of both contact forms: default values and dirty tracking (react-hook-form's own), the draft, the
 * duplicate check, the "changed meanwhile" check right before the write, consent before values are removed, the
 * save with its retry rules, form-level errors and the leave guard. docs/decisions/0002-editing-core.md.
 */
export function useEditingCore<V extends FieldValues, R, X>(options: EditingCoreOptions<V, R, X>) {
  const { record, toValues, draft } = options;
  const queryClient = useQueryClient();
  const [initial] = useState(() => {
    const stored = draft.load();
    const opened = toValues(record);
    return {
      stored,
      base: stored?.base ?? { updatedAt: record ? options.updatedAt(record) : null, values: opened },
      extra: stored?.extra ?? draft.newExtra(),
    };
  });
  const [base, setBaseState] = useState<Base<V>>(initial.base);
  const [extra, setExtraState] = useState<X>(initial.extra);
  // Read by the asynchronous save path, which may run in a later render's place (a dialog's choice).
  const baseRef = useRef(base);
  const extraRef = useRef(extra);
  const setBase = (next: Base<V>) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const setExtra = (next: X) => {
    extraRef.current = next;
    setExtraState(next);
  };
  const [restored, setRestored] = useState(initial.stored !== undefined);
  const [stale, setStale] = useState<{ changes: FieldChange[]; fresh: R } | null>(null);
  const [dropping, setDropping] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // A check or a save is under way: set and read synchronously, so no second submit starts before a render.
  const busy = useRef(false);
  // The labels the person agreed to lose; a save removing anything else asks again.
  const consented = useRef<string[]>([]);
  // The stored draft is put into the form after the first render; until then the draft must not be cleared.
  const restoring = useRef(initial.stored !== undefined);

  const form = useForm<V>({
    resolver: options.resolver(record ? base.values : undefined),
    // The base is the form's default values, so that isDirty and dirtyFields compare with what the server had.
    defaultValues: initial.base.values as DefaultValues<V>,
  });
  const { isDirty } = form.formState;
  const errors = useSaveErrors(form, options.errors);
  // A restored draft holds unsaved changes from its first render (before it is put into the form).
  useUnsavedChangesGuard((isDirty || restored) && !saved);

  useEffect(() => {
    if (initial.stored) form.reset(initial.stored.values, { keepDefaultValues: true });
  }, [form, initial.stored]);

  // Every change, and every save that may have reached the server, is kept in this browser until it is saved.
  const watched = useWatch({ control: form.control });
  useEffect(() => {
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    if (saved) return;
    if (isDirty || draft.keep?.(extra)) writeDraft(draft.key, draft.write({ values: form.getValues(), base, extra }));
    else clearDraft(draft.key);
  }, [watched, isDirty, base, extra, saved, draft, form]);

  /** A new base (the record as the server has it now); the person's values stay and stay dirty against it. */
  const rebase = (next: Base<V>, values = form.getValues()) => {
    setBase(next);
    form.reset(next.values);
    form.reset(values, { keepDefaultValues: true });
  };

  const persist = async (submitted: V, unchecked: boolean) => {
    const startedAt = new Date().toISOString();
    // The last failure (and its Retry) stays on screen through the checks, until a request is really sent.
    errors.setFormError(null);
    setSaving(true);
    try {
      const result = await options.save(submitted, { base: baseRef.current, extra: extraRef.current });
      setSaved(true);
      clearDraft(draft.key);
      navigationGuard.setActive(false);
      const details = [
        result.conflicts ? t('contacts.savedWithConflicts', { count: result.conflicts }) : undefined,
        unchecked ? t('form.savedUnchecked') : undefined,
      ].filter(Boolean);
      notify({
        color: unchecked ? 'yellow' : 'green',
        ...(details.length > 0
          ? { title: t('contacts.saved'), message: details.join(' ') }
          : { message: t('contacts.saved') }),
      });
      options.onSaved(result.id);
    } catch (error) {
      if (options.onMaybeSaved && mayHaveSaved(error))
        setExtra(options.onMaybeSaved(submitted, startedAt, extraRef.current));
      errors.show(error);
      busy.current = false;
    } finally {
      setSaving(false);
    }
  };

  /** The duplicates first, then (editing) whether the record changed meanwhile, then consent, then the write. */
  const checkAndSave = async (submitted: V): Promise<boolean> => {
    const base = baseRef.current;
    const rows = options.duplicates.rows(submitted, baseRef.current.values);
    const states = await Promise.all(
      rows.map((row) =>
        checkDuplicate(queryClient, row.kind, row.value, row.region, {
          ...options.duplicates.check(extraRef.current),
          originals: row.originals,
        }),
      ),
    );
    const found = rows.filter((_, index) => states[index]?.status === 'duplicate');
    found.forEach((row, index) =>
      form.setError(
        row.name,
        { message: row.kind === 'email' ? t('contacts.emailExists') : t('contacts.phoneExists') },
        { shouldFocus: index === 0 },
      ),
    );
    if (found.length > 0) return false;
    const unchecked = states.some((state) => state.status === 'unknown');

    let current = record;
    if (record) {
      try {
        current = await options.fetchFresh();
      } catch (error) {
        errors.freshFailed(error, { permission: options.fresh.readPermission, gone: options.fresh.gone });
        return false;
      }
      if (!current) {
        errors.setFormError({ kind: 'message', message: options.fresh.gone, transient: false });
        return false;
      }
      if (options.updatedAt(current) !== base.updatedAt) {
        const now = toValues(current);
        const changes = describeChanges(
          options.summarize(base.values),
          options.summarize(now),
          options.summarize(submitted),
        );
        if (changes.length > 0) {
          setStale({ changes, fresh: current });
          return false;
        }
        setBase({ updatedAt: options.updatedAt(current), values: base.values });
      }
    }
    const lost = options.lost(current, submitted, base.values);
    if (lost.some((label) => !consented.current.includes(label))) {
      setDropping(lost);
      return false;
    }
    void persist(submitted, unchecked);
    return true;
  };

  const run = async (submitted: V) => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    let started = false;
    try {
      started = await checkAndSave(submitted);
    } catch (error) {
      errors.show(error);
    } finally {
      if (!started) {
        busy.current = false;
        setSaving(false);
      }
    }
  };

  /** Save, Ctrl/Cmd+Enter, Retry and the dialogs' choices all come here: one at a time. */
  const submit = (event?: React.BaseSyntheticEvent) => form.handleSubmit(run)(event);

  const freshBase = (fresh: R): Base<V> => ({ updatedAt: options.updatedAt(fresh), values: toValues(fresh) });

  return {
    form,
    base,
    extra,
    setExtra,
    saved,
    saving,
    submit,
    duplicateCheck: options.duplicates.check(extra),
    formError: errors.formError,
    restored: restored
      ? {
          discard: () => {
            // Everything of the discarded draft goes: its values, the version it started from, its own state.
            clearDraft(draft.key);
            const opened = toValues(record);
            setBase({ updatedAt: record ? options.updatedAt(record) : null, values: opened });
            setExtra(draft.newExtra());
            errors.setFormError(null);
            form.reset(opened);
            setRestored(false);
          },
        }
      : null,
    stale: stale && {
      changes: stale.changes,
      keepEditing: () => {
        rebase(freshBase(stale.fresh));
        setStale(null);
      },
      takeTheirs: () => {
        const theirs = freshBase(stale.fresh);
        setBase(theirs);
        form.reset(theirs.values);
        setStale(null);
      },
      overwrite: () => {
        rebase(freshBase(stale.fresh));
        setStale(null);
        // Through the whole path again: the check right before the write now compares with the fresh version.
        queueMicrotask(() => void submit());
      },
    },
    dropping: dropping && {
      labels: dropping,
      confirm: () => {
        consented.current = dropping;
        setDropping(null);
        void submit();
      },
      cancel: () => setDropping(null),
    },
  };
}

export type EditingCore<V extends FieldValues> = ReturnType<typeof useEditingCore<V, unknown, unknown>>;
