import { t } from '@/i18n/translator';
import { Button, Group, List, Modal, Text } from '@mantine/core';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';

interface DropValuesDialogProps {
  labels: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Saving would drop values the server cannot keep: name them and ask first. */
export function DropValuesDialog({ labels, onConfirm, onCancel }: DropValuesDialogProps) {
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('form.dropTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm">{t('form.dropIntro')}</Text>
      <List size="sm" my="sm">
        {labels.map((label) => (
          <List.Item key={label}>{label}</List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.keepEditing')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('form.dropConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
