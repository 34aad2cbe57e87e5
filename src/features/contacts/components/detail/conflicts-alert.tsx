import { t } from '@/i18n/translator';
import { useId, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCan } from '@/lib/use-can';
import { type ConflictGroup } from './conflicts';
import { FieldValue } from './field-value';
import { useManagerLabel } from './manager-value';
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
              ({t('detail.current')})
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
  const bodyId = useId();
  // On a phone the notice is one line until asked, so the contact itself stays above the fold. Read at once (not in
  // an effect), so the notice never renders open and then collapses.
  const small = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [expanded, setExpanded] = useState(false);
  const open = !small || expanded;
  return (
    <Alert
      color="orange"
      title={
        <Group justify="space-between" wrap="nowrap" gap="xs" w="100%">
          <span>{t('detail.conflictsFound', { count: groups.length })}</span>
          {small && (
            <Button
              variant="subtle"
              size="compact-sm"
              color="orange"
              aria-expanded={expanded}
              aria-controls={expanded ? bodyId : undefined}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('page.hideConflicts') : t('page.showConflicts')}
            </Button>
          )}
        </Group>
      }
      styles={{ title: { width: '100%' }, label: { width: '100%' } }}
    >
      {open && (
        <Stack gap="sm" id={bodyId}>
          <Text size="sm">{t('detail.conflictsIntro')}</Text>
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
              {t('detail.seeConflicts')}
            </Button>
            {can === 'no' && (
              <PermissionReason id={reasonId} message="detail.cannotResolve" permission={RESOLVE_PERMISSION} />
            )}
          </Stack>
        </Stack>
      )}
    </Alert>
  );
}
