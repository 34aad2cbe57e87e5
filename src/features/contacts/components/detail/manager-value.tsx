import { t } from '@/i18n/translator';
import { Text } from '@mantine/core';
import { LoadingIndicator } from '@/components/page-loader';
import { FieldValue } from './field-value';
import { useAgentDirectory, useManager } from './use-agents';
import { agentLabel } from '../../model/format';

function AgentName({ name, username }: { name: string | null | undefined; username: string }) {
  return (
    <Text component="span">
      <FieldValue value={name || username} />
      {name && (
        <Text component="span" c="dimmed" size="sm">
          {' '}
          (<FieldValue value={username} />)
        </Text>
      )}
    </Text>
  );
}

/** A contact profile's manager, by name once resolved; the user id when Rocket.Chat does not tell this viewer more. */
export function ProfileManager({ userId }: { userId: string | undefined }) {
  const lookup = useManager(userId);
  if (!userId) return <Text c="dimmed">{t('common.none')}</Text>;
  if (lookup.status === 'loading') return <LoadingIndicator size="xs" label={t('common.contactManager')} />;
  if (lookup.status === 'found') return <AgentName name={lookup.agent.name} username={lookup.agent.username} />;
  return <FieldValue value={t('detail.managerById', { id: userId })} />;
}

/** A visitor's manager (`{username}`), with the name when the agent list has it. */
export function VisitorManager({ username }: { username: string | undefined }) {
  const directory = useAgentDirectory();
  if (!username) return <Text c="dimmed">{t('common.none')}</Text>;
  const agent = directory.find(username);
  return <AgentName name={agent?.name} username={username} />;
}

/** How a manager candidate reads in the conflicts list and the review select. */
export function useManagerLabel(): (userId: string) => string {
  const directory = useAgentDirectory();
  return (userId) => {
    const agent = directory.find(userId);
    return agent ? agentLabel(agent) : t('detail.managerById', { id: userId });
  };
}
