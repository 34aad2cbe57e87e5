import { t } from '@/i18n/translator';
import { useMutation } from '@tanstack/react-query';
import { Button, Group } from '@mantine/core';
import { TextField } from '@/components/form-fields';
import { login, type LoginResult } from '../api/login';
import { describeLoginError, isInvalidSecondFactor } from '../login-errors';
import { AuthCard } from './auth-card';
import { useRequiredFields } from './use-required-fields';

interface TwoFactorFormProps {
  credentials: { user: string; password: string };
  onSignedIn: (result: LoginResult) => void;
  onBack: () => void;
}

/** Rocket.Chat asked for a second factor (`totp-required`): the same login again, with the code. */
export function TwoFactorForm({ credentials, onSignedIn, onBack }: TwoFactorFormProps) {
  const form = useRequiredFields({ code: t('auth.twoFactorRequired') }, { code: '' });
  const mutation = useMutation({ mutationFn: (code: string) => login({ ...credentials, code }) });

  const submit = form.onSubmit(({ code }) => {
    mutation.mutate(code, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isInvalidSecondFactor(error)) {
          form.setError('code', t('auth.twoFactorInvalid'));
        }
      },
    });
  });

  const invalidCode = isInvalidSecondFactor(mutation.error);
  const failure = mutation.isError && !invalidCode ? describeLoginError(mutation.error) : null;
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
        <Button type="submit" loading={mutation.isPending}>
          {t('auth.verify')}
        </Button>
      </Group>
    </AuthCard>
  );
}
