import { t } from '@/i18n/translator';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { PasswordField, TextField } from '@/components/form-fields';
import { login, type LoginInput, type LoginResult } from '../api/login';
import { describeLoginError, needsSecondFactor } from '../login-errors';
import { TwoFactorForm } from './two-factor-form';

const credentialsSchema = z.object({
  user: z.string().check(z.trim(), z.minLength(1, { error: () => t('auth.usernameRequired') })),
  password: z.string().check(z.minLength(1, { error: () => t('auth.passwordRequired') })),
  remember: z.boolean(),
});
type Credentials = z.infer<typeof credentialsSchema>;

interface LoginFormProps {
  onSignedIn: (result: LoginResult, remember: boolean) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [pending, setPending] = useState<Credentials | null>(null);
  const form = useForm<Credentials>({
    resolver: zodResolver(credentialsSchema),
    defaultValues: { user: '', password: '', remember: false },
  });
  const mutation = useMutation({
    mutationFn: (input: LoginInput) => login(input),
  });

  const submit = form.handleSubmit((values) => {
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
    <Paper component="section" aria-labelledby="login-title" withBorder p="xl" radius="md" w="100%" maw={420}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={1} id="login-title" size="h2">
              {t('auth.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('auth.intro')}
            </Text>
          </div>
          {failure && <Alert color="red" role="alert" title={failure} />}
          <TextField
            label={t('auth.usernameLabel')}
            autoComplete="username"
            autoFocus
            error={form.formState.errors.user?.message}
            {...form.register('user')}
          />
          <PasswordField
            label={t('auth.passwordLabel')}
            autoComplete="current-password"
            error={form.formState.errors.password?.message}
            {...form.register('password')}
          />
          <Checkbox
            label={t('auth.rememberLabel')}
            description={t('auth.rememberHint')}
            {...form.register('remember')}
          />
          <Button type="submit" loading={mutation.isPending}>
            {t('common.logIn')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
