import { PasswordInput, TextInput, type PasswordInputProps, type TextInputProps } from '@mantine/core';

/**
 * Mantine inputs wired for this app's forms: errors are announced (`role="alert"`) and tied to the input
 * through Mantine's aria-describedby. Use with react-hook-form's `register`.
 */
const errorProps = { role: 'alert' } as const;

export function TextField(props: TextInputProps & { ref?: React.Ref<HTMLInputElement> }) {
  return <TextInput errorProps={errorProps} {...props} />;
}

export function PasswordField(props: PasswordInputProps & { ref?: React.Ref<HTMLInputElement> }) {
  return <PasswordInput errorProps={errorProps} {...props} />;
}
