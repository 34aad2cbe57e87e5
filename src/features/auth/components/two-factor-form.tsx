import { t } from '@/i18n/translator';
import { Button, Group } from '@mantine/core';
import { TextField } from '@/components/form-fields';
import type { LoginResult } from '../api/login';
import { describeLoginError, isInvalidSecondFactor } from '../login-errors';
import { AuthCard } from './auth-card';
import { useLoginRequest } from './use-login-request';
import { useRequiredFields } from './use-required-fields';

interface TwoFactorFormProps {
  credentials: { user: string; password: string };
  onSignedIn: (result: LoginResult) => void;
  onBack: () => void;
}

/** Rocket.Chat asked for a second factor (`totp-required`): the same login again, with the code. */
export function TwoFactorForm({ credentials, onSignedIn, onBack }: TwoFactorFormProps) {
  const form = useRequiredFields({ code: t('auth.twoFactorRequired') }, { code: '' });
  const request = useLoginRequest();

  const submit = form.onSubmit(({ code }) => {
    request.send(
      { ...credentials, code },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (isInvalidSecondFactor(error)) {
            form.setError('code', t('auth.twoFactorInvalid'));
          }
        },
      },
    );
  });

  const invalidCode = isInvalidSecondFactor(request.error);
  const failure = request.error && !invalidCode ? describeLoginError(request.error) : null;
  return (
    <AuthCard
      id="two-factor-title"
      title={t('auth.twoFactorTitle')}
      intro={t('auth.twoFactorIntro')}
      failure={failure}
      onSubmit={submit}
    >
      <TextField
        label={t('auth.twoFactorLabel')}
        autoComplete="one-time-code"
        inputMode="numeric"
        autoFocus
        {...form.field('code')}
      />
      <Group justify="space-between">
        <Button variant="subtle" onClick={onBack}>
          {t('auth.back')}
        </Button>
        <Button type="submit" loading={request.isPending}>
          {t('auth.verify')}
        </Button>
      </Group>
    </AuthCard>
  );
}
