import { t } from '@/i18n/translator';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { SelectField, TextField } from '@/components/form-fields';
import type { CustomField } from '../../api/wire';

interface CustomFieldInputsProps {
  /** Visible visitor-scope definitions, in the order of the form's `customFields` array. */
  fields: CustomField[];
  register: (index: number) => UseFormRegisterReturn;
  errorOf: (index: number) => string | undefined;
}

/** One input per definition: a select when it lists options, a text input otherwise; required ones marked. */
export function CustomFieldInputs({ fields, register, errorOf }: CustomFieldInputsProps) {
  return fields.map((field, index) => {
    const options = (field.options ?? '')
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean);
    const common = {
      label: field.label,
      withAsterisk: field.required === true,
      error: errorOf(index),
      ...register(index),
    };
    return options.length > 0 ? (
      <SelectField key={field._id} data={[{ value: '', label: t('contacts.noOption') }, ...options]} {...common} />
    ) : (
      <TextField key={field._id} {...common} />
    );
  });
}
