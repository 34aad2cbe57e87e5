import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { errorProps } from './form-fields';

/**
 * A password input wired as form-fields.tsx's inputs are. Its own file: only the login page has one, so Mantine's
 * PasswordInput stays in the login's chunk instead of every screen's (issue #15).
 */
export function PasswordField(props: PasswordInputProps & { ref?: React.Ref<HTMLInputElement> }) {
  return <PasswordInput errorProps={errorProps} {...props} />;
}
