import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Anchor, Box, Button, Group, SegmentedControl, Text, useMantineColorScheme } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useLogOut } from '@/features/auth/use-log-out';
import { LanguageSelect } from '@/i18n/language-select';
import { sessionQueries } from '@/lib/session-queries';
import './shell.css';

export function AppShellLayout({ children }: { children: ReactNode }) {
  const me = useQuery(sessionQueries.me());
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const logOut = useLogOut();
  const displayName = me.data ? me.data.name || me.data.username : '';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {/* A plain header and main: Mantine's AppShell would bring a scroll-lock library into every screen. */}
      <Box component="header" className="app-header">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          <Anchor
            component={Link}
            href="/"
            fw={700}
            fz={{ base: 'sm', sm: 'lg' }}
            lh={1.2}
            underline="never"
            c="var(--mantine-color-text)"
          >
            {t('app.productName')}
          </Anchor>
          {/* The controls keep their size on a phone; the product name wraps instead. */}
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {displayName && (
              <Text size="sm" visibleFrom="sm" aria-label={t('app.signedInAs', { name: displayName })}>
                {displayName}
              </Text>
            )}
            <SegmentedControl
              size="xs"
              aria-label={t('app.colorScheme')}
              value={colorScheme}
              onChange={setColorScheme}
              data={[
                { value: 'light', label: t('app.light') },
                { value: 'dark', label: t('app.dark') },
                { value: 'auto', label: t('app.auto') },
              ]}
            />
            {/* Not on a phone, where the header has no room: there the login page offers it. */}
            <LanguageSelect visibleFrom="sm" />
            <Button variant="default" size="xs" onClick={logOut}>
              {t('app.logOut')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Box component="main" id="main" p="md">
        {children}
      </Box>
    </>
  );
}
