import { visitorFields } from '../../api/custom-field-fetchers';
import type { CustomField } from '../../api/wire';
import { startingRegion } from '../../model/search-criteria';

/** What either contact form starts from besides its record; its page works it out once, the same way for both. */
export interface FormStart {
  /** Visible visitor-scope custom field definitions. */
  fields: CustomField[];
  /** Every visitor-scope definition, to name stored values the form cannot edit by their labels. */
  allFields: CustomField[];
  region: string;
  /** Values to start a new contact from (what was searched: email, phone, name, cf.<id>). */
  prefill?: Partial<Record<string, string>> | undefined;
}

export function formStart(definitions: CustomField[], prefill?: Partial<Record<string, string>>): FormStart {
  const { visible, all } = visitorFields(definitions);
  return { fields: visible, allFields: all, region: startingRegion(prefill?.region), prefill };
}
