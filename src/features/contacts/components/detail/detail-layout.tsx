import { t } from '@/i18n/translator';
import { contactCenterHref } from '../../model/contact-center-return';
import type { ReactNode } from 'react';
import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'wouter';
import { formatDateTime } from '../../model/format';
import { NewContactButton } from '../form/new-contact-button';

/**
 * A contact page: the way back on top, then the identity header beside the details (two columns from 62em, one
 * below). The columns' widths never depend on their content, so a long value wraps instead of widening the page.
 */
export function DetailLayout({ identity, children }: { identity: ReactNode; children: ReactNode }) {
  return (
    <div className="contact-page">
      <Group justify="space-between" className="contact-page__top">
        <Anchor component={Link} href={contactCenterHref()} size="sm">
          {t('common.backToContactCenter')}
        </Anchor>
        <NewContactButton size="xs" />
      </Group>
      <div className="contact-page__identity">{identity}</div>
      <div className="contact-page__details">{children}</div>
    </div>
  );
}

/** A Rocket.Chat date, readable, with the exact instant kept in the markup. */
export function DateValue({ iso, inherit }: { iso: string | null | undefined; inherit?: boolean }) {
  if (!iso) {
    return (
      <Text c="dimmed" inherit={inherit}>
        {t('common.none')}
      </Text>
    );
  }
  return (
    <Text inherit={inherit}>
      <time dateTime={iso}>{formatDateTime(iso)}</time>
    </Text>
  );
}
