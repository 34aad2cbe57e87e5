import { NativeSelect, TextInput, type NativeSelectProps, type TextInputProps } from '@mantine/core';

/**
 * Mantine inputs wired for this app's forms, all bound with react-hook-form's `register`: errors are announced
 * (`role="alert"`) and tied to the input through Mantine's aria-describedby. Native selects keep floating-ui and
 * Mantine's combobox out of every screen that only needs a plain choice.
 */
export const errorProps = { role: 'alert' } as const;

export function TextField(props: TextInputProps & { ref?: React.Ref<HTMLInputElement> }) {
  return <TextInput errorProps={errorProps} {...props} />;
}

export function SelectField(props: NativeSelectProps & { ref?: React.Ref<HTMLSelectElement> }) {
  return <NativeSelect errorProps={errorProps} {...props} />;
}
