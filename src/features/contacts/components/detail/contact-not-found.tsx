import { t } from '@/i18n/translator';
import { contactCenterHref } from '../../model/contact-center-return';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';

/** Rocket.Chat answered `contact: null` or 404: say so, and offer the way back. */
export function ContactNotFound() {
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('common.contactNotFound')}</Title>
      <Text>{t('detail.notFoundBody')}</Text>
      <Anchor component={Link} href={contactCenterHref()}>
        {t('common.backToContactCenter')}
      </Anchor>
    </Stack>
  );
}
