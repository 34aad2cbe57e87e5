import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/query-error';
import { useResolveConflicts, type ConflictResolution } from '../../api/conflict-mutations';
import type { ContactProfile } from '../../api/wire';
import { choosable, toResolution, type ConflictGroup } from './conflicts';
import { useManagerLabel } from './manager-value';
import { detailMessages as messages } from '../../messages';

/**
 * Rocket.Chat's "Review contact": one select per field in conflict, offering every value (the current one
 * included and preselected). "Save" keeps the chosen values; "Keep current values" dismisses every conflict. On
 * failure the dialog stays open with the server's reason, so no choice is lost.
 */
export function ReviewContactModal({
  profile,
  groups,
  onClose,
}: {
  profile: ContactProfile;
  groups: ConflictGroup[];
  onClose: () => void;
}) {
  const fields = groups.filter(choosable);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((group) => [group.field, group.current ?? group.candidates[0] ?? ''])),
  );
  const resolve = useResolveConflicts(profile);
  const managerLabel = useManagerLabel();
  const [pending, setPending] = useState<ConflictResolution['kind'] | null>(null);

  const submit = (resolution: ConflictResolution) => {
    setPending(resolution.kind);
    resolve.mutate(resolution, {
      onSuccess: () => {
        notify({ message: messages.updated, color: 'green' });
        onClose();
      },
      onSettled: () => setPending(null),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={messages.reviewTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': messages.close }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(toResolution(fields, choices));
        }}
      >
        <Stack>
          <Text size="sm">{messages.reviewIntro}</Text>
          {fields.map((group) => (
            <Select
              key={group.field}
              label={group.label}
              description={messages.differentValues(group.candidates.length)}
              data={group.candidates.map((value) => {
                const text = group.kind === 'manager' ? managerLabel(value) : value;
                return { value, label: value === group.current ? messages.currentValue(text) : text };
              })}
              value={choices[group.field] ?? null}
              onChange={(value) => value !== null && setChoices((previous) => ({ ...previous, [group.field]: value }))}
              allowDeselect={false}
              checkIconPosition="right"
            />
          ))}
          <Text size="sm" c="dimmed">
            {messages.historyPreserved}
          </Text>
          {resolve.isError && (
            <Alert color="red" title={messages.saveFailed} role="alert">
              {describeError(resolve.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {messages.cancel}
            </Button>
            <Button
              variant="default"
              onClick={() => submit({ kind: 'keep-current' })}
              loading={pending === 'keep-current'}
              disabled={pending === 'choose'}
            >
              {messages.keepCurrent}
            </Button>
            <Button type="submit" loading={pending === 'choose'} disabled={pending === 'keep-current'}>
              {messages.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
