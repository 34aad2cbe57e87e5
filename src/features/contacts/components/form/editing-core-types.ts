import type { FieldPath, FieldValues, Resolver } from 'react-hook-form';
import type { Permission } from '@/lib/permissions';
import type { DuplicateCheck } from '../../api/use-duplicate-check';
import type { SummaryRow } from '../../model/field-changes';
import type { SaveErrorOptions } from './use-save-errors';

/** The editing core's contract: what a form gives it (options) and what it keeps (base, draft, saved). */
/** The version of the record an edit started from: the form's default values, and when the server last saved it. */
export interface Base<V> {
  updatedAt: string | null;
  values: V;
}

/** What a form keeps in this browser until it is saved; `extra` is the form's own (a visitor token, lost creates). */
export interface StoredDraft<V, X> {
  values: V;
  base: Base<V>;
  extra: X;
}

/** One email or phone to check at submit; values the record already had (`originals`) are never checked. */
export interface DuplicateRow<V extends FieldValues> {
  name: FieldPath<V>;
  kind: 'email' | 'phone';
  value: string;
  region: string;
  originals: string[];
}

export interface Saved {
  id: string;
  /** Conflicting values Rocket.Chat recorded and left for review. */
  conflicts?: number;
}

export interface EditingCoreOptions<V extends FieldValues, R, X> {
  /** The record as loaded when the form opened; null to create one. */
  record: R | null;
  /** The mapper: the form's values for a record, or for a new one (null). */
  toValues: (record: R | null) => V;
  updatedAt: (record: R) => string | null;
  resolver: (original: V | undefined) => Resolver<V>;
  draft: {
    key: string;
    load: () => StoredDraft<V, X> | undefined;
    write: (draft: StoredDraft<V, X>) => unknown;
    /** The form's own state for a form opened afresh. */
    newExtra: () => X;
    /** The form's own state is worth keeping even without changes (a create that may have reached the server). */
    keep?: (extra: X) => boolean;
  };
  /** The record's rows in words, for the "changed meanwhile" table. */
  summarize: (values: V) => SummaryRow[];
  /** Reads the record again just before a save (null: it is gone); only when editing. */
  fetchFresh: () => Promise<R | null>;
  /** What the stale check needs to explain a failure: the permission to read the record, the text when it is gone. */
  fresh: { readPermission: Permission; gone: string };
  /** The emails and phones of the submitted values, checked against other records before saving. */
  duplicates: {
    /** How to look, given the form's own state (the visitor token, lost creates that are this record). */
    check: (extra: X) => DuplicateCheck;
    rows: (submitted: V, base: V) => DuplicateRow<V>[];
  };
  /** Labels of stored values this save would remove; a save goes out only after the person agreed. */
  lost: (current: R | null, submitted: V, base: V) => string[];
  save: (submitted: V, context: { base: Base<V>; extra: X }) => Promise<Saved>;
  /** A save that may have reached the server failed: what to remember so that a retry never saves twice. */
  onMaybeSaved?: (submitted: V, startedAt: string, extra: X) => X;
  errors: SaveErrorOptions<V>;
  onSaved: (id: string) => void;
}
