import { t } from '@/i18n/translator';
import { Button, Group, Modal, Text } from '@mantine/core';
import { navigationGuard } from '@/lib/navigation-guard';
import './dialog.css';
import { useReturnFocus } from '@/components/use-return-focus';

/** Asked when the person leaves a form with unsaved changes (see lib/navigation-guard.ts). */
export function LeaveFormDialog() {
  useReturnFocus();
  return (
    <Modal
      opened
      onClose={navigationGuard.stay}
      title={t('app.leaveTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm" mb="md">
        {t('app.leaveBody')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={navigationGuard.stay} data-autofocus>
          {t('app.stay')}
        </Button>
        <Button color="red" onClick={navigationGuard.leave}>
          {t('app.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
