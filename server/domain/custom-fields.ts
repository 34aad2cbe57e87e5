import type { Db } from '../db/open.ts';
import { boundedRegExpTest } from './bounded-regexp.ts';
import { reindexVisitorTexts, searchableVisitorFields } from './visitor-grams.ts';

/** ILivechatCustomField (packages/core-typings/src/ILivechatCustomField.ts): `_id` is the field key. */
export interface CustomFieldDoc {
  _id: string;
  label: string;
  scope: 'visitor' | 'room';
  visibility: string;
  type?: string;
  regexp?: string;
  required?: boolean;
  defaultValue?: string;
  options?: string;
  public?: boolean;
  searchable?: boolean;
  _updatedAt: string;
}

const parse = (row: { doc: string }): CustomFieldDoc => JSON.parse(row.doc) as CustomFieldDoc;

export function findCustomField(db: Db, id: string): CustomFieldDoc | undefined {
  const row = db.prepare<[string], { doc: string }>('SELECT doc FROM custom_fields WHERE _id = ?').get(id);
  return row && parse(row);
}

export function allCustomFields(db: Db): CustomFieldDoc[] {
  return db.prepare<[], { doc: string }>('SELECT doc FROM custom_fields ORDER BY rowid').all().map(parse);
}

/** What contact validation sees: `findByScope('visitor', …, includeHidden = false)`. */
export function visitorFieldDefinitions(db: Db): CustomFieldDoc[] {
  return allCustomFields(db).filter((field) => field.scope === 'visitor' && field.visibility !== 'hidden');
}

export function saveCustomField(db: Db, doc: CustomFieldDoc): void {
  keepingVisitorTexts(db, () =>
    db
      .prepare('INSERT INTO custom_fields (_id, doc) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc')
      .run(doc._id, JSON.stringify(doc)),
  );
}

export function deleteCustomField(db: Db, id: string): boolean {
  return keepingVisitorTexts(db, () => db.prepare('DELETE FROM custom_fields WHERE _id = ?').run(id).changes > 0);
}

/** Runs a change of definitions; when it changes which visitor fields are searchable, rewrites the search texts. */
function keepingVisitorTexts<T>(db: Db, change: () => T): T {
  return db.transaction(() => {
    const before = searchableVisitorFields(db).join('\n');
    const result = change();
    if (searchableVisitorFields(db).join('\n') !== before) reindexVisitorTexts(db);
    return result;
  })();
}

export interface FieldDefinition {
  _id: string;
  label: string;
  regexp?: string;
  required?: boolean;
}

/**
 * Rocket.Chat's `validateCustomFields` (lib/contacts/validateCustomFields.ts): required and regexp checks,
 * values trimmed, unknown keys rejected unless `ignoreAdditionalFields`. Errors are plain Errors.
 */
export function validateCustomFields(
  definitions: readonly FieldDefinition[],
  received: Record<string, unknown>,
  options: { ignoreAdditionalFields?: boolean; ignoreValidationErrors?: boolean } = {},
): Record<string, string> {
  const valid: Record<string, string> = {};
  for (const definition of definitions) {
    const invalid = () => new Error(`Invalid value for ${definition.label || definition._id} field`);
    if (!Object.hasOwn(received, definition._id)) {
      if (definition.required && !options.ignoreValidationErrors) throw invalid();
      continue;
    }
    const raw = received[definition._id];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (!value) {
      if (definition.required && !options.ignoreValidationErrors) throw invalid();
      continue;
    }
    if (definition.regexp && !safeRegExpTest(definition.regexp, value)) {
      if (options.ignoreValidationErrors) continue;
      throw invalid();
    }
    valid[definition._id] = value;
  }
  if (!options.ignoreAdditionalFields) {
    const known = new Set(definitions.map((definition) => definition._id));
    for (const key of Object.keys(received)) {
      if (!known.has(key)) throw new Error(`Custom field ${key} is not allowed`);
    }
  }
  return valid;
}

/**
 * `new RegExp(pattern).test(value)`; an invalid stored pattern throws like Rocket.Chat's (a 400 via failure).
 * A test that cannot finish in time (bounded-regexp.ts) counts as a mismatch: the value is refused with Rocket.Chat's
 * own "Invalid value for … field" rather than stored unchecked (a deliberate difference: Rocket.Chat would block).
 */
export function safeRegExpTest(pattern: string, value: string): boolean {
  return boundedRegExpTest(pattern, value) === true;
}
