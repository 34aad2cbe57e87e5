import { t } from '@/i18n/translator';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import type { FormError } from './use-save-errors';

/** A 403 names the permission; anything else says so in the server's words, with Retry when a retry may work. */
export function SaveProblem({
  error,
  forbiddenTitle,
  onRetry,
}: {
  error: FormError | null;
  forbiddenTitle: string;
  onRetry: () => void;
}) {
  if (!error) return null;
  if (error.kind === 'forbidden') return <ForbiddenNotice title={forbiddenTitle} permission={error.permission} />;
  return (
    <Alert color="red" role="alert" title={t('contacts.saveFailed')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        <Text size="sm">{t('contacts.saveFailedKept')}</Text>
        {error.transient && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** An earlier visit's unsaved changes were put back into the form. */
export function DraftRestored({ onDiscard }: { onDiscard: () => void }) {
  return (
    <Alert color="blue" title={t('contacts.draftRestored')}>
      <Group justify="space-between">
        <Text size="sm">{t('contacts.draftRestoredBody')}</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('contacts.discardDraft')}
        </Button>
      </Group>
    </Alert>
  );
}

export function SaveFooter({ cancelHref, saving }: { cancelHref: string; saving: boolean }) {
  return (
    <Group justify="space-between">
      <Text size="xs" c="dimmed" className="keyboard-hint">
        {t('contacts.saveShortcut')}
      </Text>
      <Group>
        <Button component={Link} href={cancelHref} variant="default">
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
