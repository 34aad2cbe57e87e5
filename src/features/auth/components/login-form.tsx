import { t } from '@/i18n/translator';
import { useState } from 'react';
import { Button, Checkbox } from '@mantine/core';
import { TextField } from '@/components/form-fields';
import { PasswordField } from '@/components/password-field';
import type { LoginResult } from '../api/login';
import { describeLoginError, needsSecondFactor } from '../login-errors';
import { AuthCard } from './auth-card';
import { TwoFactorForm } from './two-factor-form';
import { useLoginRequest } from './use-login-request';
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
  const request = useLoginRequest();

  const submit = form.onSubmit(({ user, password }) => {
    const values = { user, password, remember };
    request.send(
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
          request.reset();
          setPending(null);
        }}
      />
    );
  }

  const failure = request.error && !needsSecondFactor(request.error) ? describeLoginError(request.error) : null;
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
      <Button type="submit" loading={request.isPending}>
        {t('common.logIn')}
      </Button>
    </AuthCard>
  );
}
