import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Anchor, Group, Loader, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { DuplicateCandidate } from '../../api/duplicate-fetchers';
import type { DuplicateState } from '../../api/use-duplicate-check';
import { paths } from '@/lib/paths';

/** Shown while the typed email or phone is being looked up. */
export function CheckingHint() {
  return (
    <Group gap={4} component="span" wrap="nowrap" aria-live="polite">
      <Loader size={10} aria-hidden />
      <Text span size="xs">
        {t('contacts.checking')}
      </Text>
    </Group>
  );
}

/** "Email already exists. Open <name>": the other record, one click away. */
function AlreadyExists({ text, match }: { text: string; match: DuplicateCandidate }) {
  const { name, href } =
    match.record === 'visitor'
      ? {
          name: match.visitor.name || match.visitor.username || match.visitor._id,
          href: paths.visitor(match.visitor._id),
        }
      : {
          name: match.profile.name || match.profile.emails?.[0]?.address || match.profile._id,
          href: paths.profile(match.profile._id),
        };
  return (
    <>
      {text}.{' '}
      <Anchor component={Link} href={href} size="sm">
        {t('contacts.openExisting', { name })}
      </Anchor>
    </>
  );
}

/** The error a duplicate shows at its field; undefined when there is none. */
export function duplicateError(state: DuplicateState, exists: string): ReactNode {
  if (state.status !== 'duplicate') return undefined;
  if (!state.match) return `${exists}. ${t('contacts.existsUnnamed')}`;
  return <AlreadyExists text={exists} match={state.match} />;
}
