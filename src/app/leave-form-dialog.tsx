import { Button, Group, Modal, Text } from '@mantine/core';
import { navigationGuard } from '@/lib/navigation-guard';
import { messages } from './messages';
import './dialog.css';
import { useReturnFocus } from '@/components/use-return-focus';

/** Asked when the person leaves a form with unsaved changes (see lib/navigation-guard.ts). */
export function LeaveFormDialog() {
  useReturnFocus();
  return (
    <Modal
      opened
      onClose={navigationGuard.stay}
      title={messages.leaveTitle}
      centered
      closeButtonProps={{ 'aria-label': messages.close }}
    >
      <Text size="sm" mb="md">
        {messages.leaveBody}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={navigationGuard.stay} data-autofocus>
          {messages.stay}
        </Button>
        <Button color="red" onClick={navigationGuard.leave}>
          {messages.leave}
        </Button>
      </Group>
    </Modal>
  );
}
