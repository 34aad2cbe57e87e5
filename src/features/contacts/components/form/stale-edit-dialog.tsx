import { Button, Group, Modal, Table, Text } from '@mantine/core';
import type { FieldChange } from '../../model/field-changes';
import { messages } from '../../messages';
import { useReturnFocus } from '@/components/use-return-focus';

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
      title={messages.staleTitle}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': messages.close }}
    >
      <Text size="sm" mb="sm">
        {messages.staleIntro}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{messages.staleField}</Table.Th>
              <Table.Th scope="col">{messages.staleOpened}</Table.Th>
              <Table.Th scope="col">{messages.staleNow}</Table.Th>
              <Table.Th scope="col">{messages.staleYours}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.label}>
                <Table.Th scope="row">{change.label}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.opened || messages.none}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.now || messages.none}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.yours || messages.none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeepEditing} data-autofocus>
          {messages.staleKeepEditing}
        </Button>
        <Button variant="default" onClick={onTakeTheirs}>
          {messages.staleTakeTheirs}
        </Button>
        <Button color="red" onClick={onOverwrite}>
          {messages.staleOverwrite}
        </Button>
      </Group>
    </Modal>
  );
}
