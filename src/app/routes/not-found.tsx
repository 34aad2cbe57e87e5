import { t } from '@/i18n/translator';
import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'wouter';

export function NotFoundRoute() {
  return (
    <Container size="sm">
      <Title order={1}>{t('app.notFoundTitle')}</Title>
      <Text my="md">{t('app.notFoundBody')}</Text>
      <Anchor component={Link} href="/">
        {t('common.backToContactCenter')}
      </Anchor>
    </Container>
  );
}
