import { useEffect, useState, type ReactNode } from 'react';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { onUnauthorized } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { sessionStore } from '@/lib/session-store';
import { COLOR_SCHEME_KEY } from '@/lib/storage-keys';
import { LanguageProvider } from '@/i18n/language-provider';
import { cssVariablesResolver, theme } from './theme';
import './styles.css';

const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  // A 401 anywhere: the token is gone. Forget it and every cached answer; drafts stay for after the login.
  useEffect(
    () =>
      onUnauthorized(() => {
        sessionStore.expire();
        queryClient.removeQueries();
      }),
    [queryClient],
  );
  // Signed out here or in another tab: nothing of that user's data stays in memory either.
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (!sessionStore.get()) queryClient.clear();
      }),
    [queryClient],
  );

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      deduplicateCssVariables={false}
    >
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>{children}</LanguageProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
