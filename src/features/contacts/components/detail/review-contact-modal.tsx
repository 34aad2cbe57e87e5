import { t } from '@/i18n/translator';
import { useForm } from 'react-hook-form';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError } from '@/components/query-error';
import { BoundSelect } from '@/components/select-now';
import { notify } from '@/lib/notify';
import { useResolveConflicts, type ConflictResolution } from '../../api/conflict-mutations';
import type { ContactProfile } from '../../api/wire';
import { choosable, toResolution, type ConflictGroup } from './conflicts';
import { useManagerLabel } from './manager-value';
import { useReturnFocus } from '@/components/use-return-focus';

/** One choice per field in conflict, by position: conflict fields contain dots (`customFields.x`), form paths too. */
interface ReviewValues {
  choices: string[];
}

/**
 * Rocket.Chat's "Review contact": one select per field in conflict, offering every value (the current one
 * included and preselected). "Save" keeps the chosen values; "Keep current values" dismisses every conflict. On
 * failure the dialog stays open with the server's reason, so no choice is lost. Loaded when it is opened.
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
  useReturnFocus();
  const fields = groups.filter(choosable);
  const form = useForm<ReviewValues>({
    defaultValues: { choices: fields.map((group) => group.current ?? group.candidates[0] ?? '') },
  });
  const resolve = useResolveConflicts(profile);
  const managerLabel = useManagerLabel();
  const pending = resolve.isPending ? resolve.variables.kind : null;

  const submit = (resolution: ConflictResolution) =>
    resolve.mutate(resolution, {
      onSuccess: () => {
        notify({ message: t('detail.updated'), color: 'green' });
        onClose();
      },
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('detail.reviewTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={form.handleSubmit(({ choices }) =>
          submit(
            toResolution(fields, Object.fromEntries(fields.map((group, index) => [group.field, choices[index] ?? '']))),
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('detail.reviewIntro')}</Text>
          {fields.map((group, index) => (
            <BoundSelect
              key={group.field}
              control={form.control}
              name={`choices.${index}`}
              label={group.label}
              description={t('detail.differentValues', { count: group.candidates.length })}
              data={group.candidates.map((value) => {
                const text = group.kind === 'manager' ? managerLabel(value) : value;
                return { value, label: value === group.current ? t('detail.currentValue', { value: text }) : text };
              })}
              allowDeselect={false}
              checkIconPosition="right"
              // The dialog opens on its first choice, not on its close button.
              data-autofocus={index === 0 || undefined}
            />
          ))}
          <Text size="sm" c="dimmed">
            {t('detail.historyPreserved')}
          </Text>
          {resolve.isError && (
            <Alert color="red" title={t('detail.saveFailed')} role="alert">
              {describeError(resolve.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="default"
              onClick={() => submit({ kind: 'keep-current' })}
              loading={pending === 'keep-current'}
              disabled={pending === 'choose'}
            >
              {t('detail.keepCurrent')}
            </Button>
            <Button type="submit" loading={pending === 'choose'} disabled={pending === 'keep-current'}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
