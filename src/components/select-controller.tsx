import { Select, type SelectProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type SelectControllerProps<T extends FieldValues> = Omit<SelectProps, 'value' | 'onChange' | 'onBlur' | 'error'> & {
  control: Control<T>;
  /** A string field of the form. */
  name: FieldPath<T>;
};

/**
 * Mantine's searchable Select bound to react-hook-form (`useController`): the one adapter for choices that need a
 * combobox (the contact manager, the conflict review). Plain choices use `SelectField` (a native select, registered).
 * Errors are announced and tied to the input, as in form-fields.tsx. Its own file, so that screens with only plain
 * inputs never load the combobox.
 */
export function SelectController<T extends FieldValues>({ control, name, ...props }: SelectControllerProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Select
      {...props}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(next) => field.onChange(next ?? '')}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      errorProps={{ role: 'alert' }}
    />
  );
}
