import { t } from '@/i18n/translator';
import { Center, Group } from '@mantine/core';
import { LanguageSelect } from '@/i18n/language-select';
import { Redirect, useLocation, useSearch } from 'wouter';
import { LoginForm } from '@/features/auth/components/login-form';
import type { LoginResult } from '@/features/auth/api/login';
import { safeRedirect } from '@/lib/safe-redirect';
import { handOverSignedInUser } from '@/lib/signed-in-user';
import { sessionStore } from '@/lib/session-store';
import { useCredentials } from '@/lib/use-credentials';
import { usePageTitle } from '../use-page-title';
import { useFrameHandOff } from '@/lib/first-paint-frame';

export function LoginRoute() {
  usePageTitle(t('common.logIn'));
  useFrameHandOff();
  const credentials = useCredentials();
  const [, navigate] = useLocation();
  const destination = safeRedirect(new URLSearchParams(useSearch()).get('redirect'));

  if (credentials) return <Redirect to={destination} replace />;

  const onSignedIn = ({ userId, authToken, me }: LoginResult, remember: boolean) => {
    handOverSignedInUser(me);
    sessionStore.signIn({ userId, authToken }, remember);
    navigate(destination, { replace: true });
  };

  return (
    <>
      <Group component="header" justify="flex-end" p="xs" pos="absolute" top={0} right={0}>
        <LanguageSelect />
      </Group>
      <Center component="main" mih="100vh" p="md">
        <LoginForm onSignedIn={onSignedIn} />
      </Center>
    </>
  );
}
