import { t } from '@/i18n/translator';
import { useEffect, type ReactNode } from 'react';
import { Anchor, Container, Group, Stack, Title } from '@mantine/core';
import { Link, useLocation, useSearch } from 'wouter';
import '../directory.css';
import { paths } from '@/lib/paths';
import { rememberContactCenter } from '@/features/contacts/model/contact-center-return';

interface ContactCenterProps {
  current: 'directory' | 'advanced';
  /** Where "Advanced search" leads: the builder keeps its last search. */
  advancedHref?: string;
  actions: ReactNode;
  children: ReactNode;
}

/** The home screen: the directory and, next to it, the advanced (exact-match) search. */
export function ContactCenter({ current, advancedHref = paths.search(), actions, children }: ContactCenterProps) {
  const [location] = useLocation();
  const search = useSearch();
  // A contact page's way back returns here, to these rows.
  useEffect(() => rememberContactCenter(search ? `${location}?${search}` : location), [location, search]);
  return (
    <Container size="xl">
      <Stack>
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={1}>{t('directory.title')}</Title>
          <Group gap="xs">{actions}</Group>
        </Group>
        <Group component="nav" aria-label={t('directory.screenNav')} gap="lg" className="contact-center-nav">
          <Anchor component={Link} href="/" aria-current={current === 'directory' ? 'page' : undefined}>
            {t('directory.directoryTab')}
          </Anchor>
          <Anchor component={Link} href={advancedHref} aria-current={current === 'advanced' ? 'page' : undefined}>
            {t('directory.advancedTab')}
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Container>
  );
}
