import { t } from '@/i18n/translator';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { TranscriptMessage } from '../../api/transcript-fetchers';
import { formatDateTime } from '../../model/format';
import { FieldValue } from './field-value';

const senderOf = (message: TranscriptMessage) =>
  (message.token ? message.alias : undefined) || message.u.name || message.u.username || t('page.someone');

function When({ ts }: { ts: string }) {
  return (
    <Text component="time" dateTime={ts} size="xs" c="dimmed">
      {formatDateTime(ts)}
    </Text>
  );
}

/** A system message in words: who closed the conversation and their comment, instead of a raw type. */
function SystemMessage({ message }: { message: TranscriptMessage }) {
  const who = senderOf(message);
  const text =
    message.t === 'livechat-close'
      ? t('page.closedByWho', { who })
      : message.t === 'livechat-started'
        ? t('page.started')
        : t('page.systemMessage', { type: message.t ?? '' });
  return (
    <Stack component="li" gap={2} align="center" py="xs">
      <Text size="sm" fw={600} ta="center">
        {text}
      </Text>
      {message.t === 'livechat-close' && message.msg && (
        <FieldValue value={t('page.closingComment', { comment: message.msg })} size="sm" ta="center" />
      )}
      <When ts={message.ts} />
    </Stack>
  );
}

/** One line of the conversation: sender, role (visitor or agent), time, and the text exactly as sent. */
export function TranscriptMessageItem({ message }: { message: TranscriptMessage }) {
  if (message.t) return <SystemMessage message={message} />;
  const fromVisitor = Boolean(message.token);
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="md"
      bg={fromVisitor ? undefined : 'var(--mantine-color-default-hover)'}
      ml={fromVisitor ? 0 : 'lg'}
      mr={fromVisitor ? 'lg' : 0}
    >
      <Group gap="xs" justify="space-between" align="baseline">
        <Text size="sm" fw={700} miw={0}>
          <FieldValue value={senderOf(message)} inherit />{' '}
          <Text component="span" size="xs" c="dimmed" fw={400}>
            ({fromVisitor ? t('page.visitorRole') : t('page.agentRole')})
          </Text>
        </Text>
        <When ts={message.ts} />
      </Group>
      <FieldValue value={message.msg ?? ''} size="sm" />
    </Paper>
  );
}
