import { t } from '@/i18n/translator';
import { Button, Group, Modal, Table, Text } from '@mantine/core';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Table.css';
import { useReturnFocus } from '@/components/use-return-focus';
import type { FieldChange } from '../../model/field-changes';

interface StaleEditDialogProps {
  changes: FieldChange[];
  onOverwrite: () => void;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
}

/** The record changed on the server since the form opened: show what changed and let the person choose. */
export function StaleEditDialog({ changes, onOverwrite, onTakeTheirs, onKeepEditing }: StaleEditDialogProps) {
  useReturnFocus();
  return (
    <Modal
      opened
      onClose={onKeepEditing}
      title={t('contacts.staleTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm" mb="sm">
        {t('contacts.staleIntro')}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('contacts.staleField')}</Table.Th>
              <Table.Th scope="col">{t('contacts.staleOpened')}</Table.Th>
              <Table.Th scope="col">{t('contacts.staleNow')}</Table.Th>
              <Table.Th scope="col">{t('contacts.staleYours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.label}>
                <Table.Th scope="row">{change.label}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.opened || t('common.none')}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.now || t('common.none')}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.yours || t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeepEditing} data-autofocus>
          {t('common.keepEditing')}
        </Button>
        <Button variant="default" onClick={onTakeTheirs}>
          {t('contacts.staleTakeTheirs')}
        </Button>
        <Button color="red" onClick={onOverwrite}>
          {t('contacts.staleOverwrite')}
        </Button>
      </Group>
    </Modal>
  );
}
