import { t } from '@/i18n/translator';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { TextField } from '@/components/form-fields';
import { login, type LoginResult } from '../api/login';
import { describeLoginError, isInvalidSecondFactor } from '../login-errors';

const codeSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1, { error: () => t('auth.twoFactorRequired') })),
});

interface TwoFactorFormProps {
  credentials: { user: string; password: string };
  onSignedIn: (result: LoginResult) => void;
  onBack: () => void;
}

/** Rocket.Chat asked for a second factor (`totp-required`): the same login again, with the code. */
export function TwoFactorForm({ credentials, onSignedIn, onBack }: TwoFactorFormProps) {
  const form = useForm<z.infer<typeof codeSchema>>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const mutation = useMutation({ mutationFn: (code: string) => login({ ...credentials, code }) });

  const submit = form.handleSubmit(({ code }) => {
    mutation.mutate(code, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isInvalidSecondFactor(error)) {
          form.setError('code', { message: t('auth.twoFactorInvalid') }, { shouldFocus: true });
        }
      },
    });
  });

  const invalidCode = isInvalidSecondFactor(mutation.error);
  const failure = mutation.isError && !invalidCode ? describeLoginError(mutation.error) : null;
  return (
    <Paper component="section" aria-labelledby="two-factor-title" withBorder p="xl" radius="md" w="100%" maw={420}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={1} id="two-factor-title" size="h2">
              {t('auth.twoFactorTitle')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('auth.twoFactorIntro')}
            </Text>
          </div>
          {failure && <Alert color="red" role="alert" title={failure} />}
          <TextField
            label={t('auth.twoFactorLabel')}
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
            error={form.formState.errors.code?.message}
            {...form.register('code')}
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={onBack}>
              {t('auth.back')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('auth.verify')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
