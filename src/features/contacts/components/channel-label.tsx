import { Group, Text } from '@mantine/core';
import { sourceName } from '../model/channel-source';
import type { RowChannel } from '../model/directory-row';
import { SourceIcon } from './detail/source-icon';

/** A channel as the contact page names it: its source's icon and Rocket.Chat's name for it ("Livechat", an app's own). */
export function ChannelLabel({ channel }: { channel: RowChannel }) {
  return (
    <Group gap={4} wrap="nowrap">
      <SourceIcon source={channel} size={16} />
      <Text size="sm" span>
        {sourceName(channel)}
      </Text>
    </Group>
  );
}
