import { t } from '@/i18n/translator';
import { useId, useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';

export interface DeleteTarget {
  id: string;
  name: string;
  channels: number;
}

interface DeleteContactDialogProps {
  target: DeleteTarget | null;
  onClose: () => void;
  onConfirm: (target: DeleteTarget) => void;
}

/**
 * Rocket.Chat's "Delete Contact" confirmation: what happens, in words, and the word "delete" typed to enable the
 * button (exact, as Rocket.Chat compares it).
 */
export function DeleteContactDialog({ target, onClose, onConfirm }: DeleteContactDialogProps) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t('directory.deleteTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      {target && <DeleteForm key={target.id} target={target} onClose={onClose} onConfirm={onConfirm} />}
    </Modal>
  );
}

function DeleteForm({
  target,
  onClose,
  onConfirm,
}: { target: DeleteTarget } & Omit<DeleteContactDialogProps, 'target'>) {
  const [typed, setTyped] = useState('');
  const bodyId = useId();
  const ready = typed === t('directory.deleteWord');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onConfirm(target);
      }}
    >
      <Stack>
        <Text size="sm" id={bodyId}>
          {t('directory.deleteBody', { name: target.name, channels: target.channels })}
        </Text>
        <TextInput
          label={t('directory.confirmRemoval')}
          aria-describedby={bodyId}
          value={typed}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.8" disabled={!ready}>
            {t('directory.deleteItem')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
