import { useId } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useCan } from '@/lib/use-can';
import { type ConflictGroup } from './conflicts';
import { FieldValue } from './field-value';
import { useManagerLabel } from './manager-value';
import { detailMessages as messages } from '../../messages';
import { PermissionReason } from './permission-reason';

/** `contacts.conflicts`, like every contact profile write, checks this permission. */
export const RESOLVE_PERMISSION = 'update-livechat-contact';

function CandidateList({ group }: { group: ConflictGroup }) {
  const managerLabel = useManagerLabel();
  return (
    <Stack component="ul" aria-label={group.label} gap={0} m={0} pl="md">
      {group.candidates.map((value) => (
        <li key={value}>
          <FieldValue value={group.kind === 'manager' ? managerLabel(value) : value} />
          {value === group.current && (
            <Text component="span" size="sm" fs="italic">
              {' '}
              ({messages.current})
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}

/**
 * Rocket.Chat's "Conflicts found" callout, but showing what conflicts: each field by its label with every value it
 * received, the current one marked. "See conflicts" opens the review, or says why it cannot.
 */
export function ConflictsAlert({ groups, onReview }: { groups: ConflictGroup[]; onReview: () => void }) {
  const can = useCan(RESOLVE_PERMISSION);
  const reasonId = useId();
  return (
    <Alert color="orange" title={messages.conflictsFound(groups.length)}>
      <Stack gap="sm">
        <Text size="sm">{messages.conflictsIntro}</Text>
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {groups.map((group) => (
            <li key={group.field}>
              <Text fw={700} size="sm">
                {group.label}
              </Text>
              <CandidateList group={group} />
            </li>
          ))}
        </Stack>
        <Stack gap={4} align="flex-start">
          <Button
            size="xs"
            onClick={onReview}
            disabled={can !== 'yes'}
            aria-describedby={can === 'no' ? reasonId : undefined}
          >
            {messages.seeConflicts}
          </Button>
          {can === 'no' && (
            <PermissionReason id={reasonId} before={messages.cannotResolveBefore} permission={RESOLVE_PERMISSION} />
          )}
        </Stack>
      </Stack>
    </Alert>
  );
}
