import type { ReactNode } from 'react';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { COLOR_SCHEME_KEY } from '@/lib/storage-keys';
import { LanguageProvider } from '@/i18n/language-provider';
import { cssVariablesResolver, theme } from './theme';
import './styles.css';

const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      deduplicateCssVariables={false}
    >
      {/* The query cache is the signed-in area's (query-provider.tsx): the login page has none. */}
      <LanguageProvider>{children}</LanguageProvider>
    </MantineProvider>
  );
}
