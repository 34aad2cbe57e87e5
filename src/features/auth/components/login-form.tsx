import { t } from '@/i18n/translator';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox } from '@mantine/core';
import { PasswordField, TextField } from '@/components/form-fields';
import { login, type LoginInput, type LoginResult } from '../api/login';
import { describeLoginError, needsSecondFactor } from '../login-errors';
import { AuthCard } from './auth-card';
import { TwoFactorForm } from './two-factor-form';
import { useRequiredFields } from './use-required-fields';

interface Credentials {
  user: string;
  password: string;
  remember: boolean;
}

interface LoginFormProps {
  onSignedIn: (result: LoginResult, remember: boolean) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [pending, setPending] = useState<Credentials | null>(null);
  const form = useRequiredFields(
    { user: t('auth.usernameRequired'), password: t('auth.passwordRequired') },
    { user: '', password: '' },
    ['password'],
  );
  const [remember, setRemember] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: LoginInput) => login(input),
  });

  const submit = form.onSubmit(({ user, password }) => {
    const values = { user, password, remember };
    mutation.mutate(
      { user: values.user, password: values.password },
      {
        onSuccess: (result) => onSignedIn(result, values.remember),
        onError: (error) => {
          if (needsSecondFactor(error)) setPending(values);
        },
      },
    );
  });

  if (pending) {
    return (
      <TwoFactorForm
        credentials={pending}
        onSignedIn={(result) => onSignedIn(result, pending.remember)}
        onBack={() => {
          mutation.reset();
          setPending(null);
        }}
      />
    );
  }

  const failure = mutation.isError && !needsSecondFactor(mutation.error) ? describeLoginError(mutation.error) : null;
  return (
    <AuthCard id="login-title" title={t('auth.title')} intro={t('auth.intro')} failure={failure} onSubmit={submit}>
      <TextField label={t('auth.usernameLabel')} autoComplete="username" autoFocus {...form.field('user')} />
      <PasswordField label={t('auth.passwordLabel')} autoComplete="current-password" {...form.field('password')} />
      <Checkbox
        label={t('auth.rememberLabel')}
        description={t('auth.rememberHint')}
        name="remember"
        checked={remember}
        onChange={(event) => setRemember(event.currentTarget.checked)}
      />
      <Button type="submit" loading={mutation.isPending}>
        {t('common.logIn')}
      </Button>
    </AuthCard>
  );
}
