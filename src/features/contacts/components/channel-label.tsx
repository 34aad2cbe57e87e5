import { Group, Text } from '@mantine/core';
import type { RowChannel } from '../model/directory-row';
import { directoryMessages as messages } from './directory/messages';

/** 16 px outline glyphs per Rocket.Chat source type; decorative, the label is always written next to them. */
const PATHS: Record<string, string> = {
  widget: 'M3 4h10v7H7l-3 2.5V11H3z',
  email: 'M2.5 4h11v8h-11zM2.5 4.5 8 9l5.5-4.5',
  sms: 'M5 2h6v12H5zM7 12h2',
  app: 'M3 3h4v4H3zM9 3h4v4H9zM3 9h4v4H3zM9 9h4v4H9z',
  api: 'M6 4 2.5 8 6 12M10 4l3.5 4-3.5 4',
  other: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 1 0 0-11zM8 7.5v1',
};

/** The readable name of a channel: an app's own label (e.g. "WhatsApp") or the source type in words. */
export function channelName(channel: RowChannel): string {
  if (channel.label) return channel.label;
  return messages.channelLabels[channel.type] ?? channel.type;
}

export function ChannelLabel({ channel }: { channel: RowChannel }) {
  return (
    <Group gap={4} wrap="nowrap">
      <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" aria-hidden="true">
        <path d={PATHS[channel.type] ?? PATHS.other} strokeWidth="1.3" strokeLinejoin="round" />
      </svg>
      <Text size="sm" span>
        {channelName(channel)}
      </Text>
    </Group>
  );
}
