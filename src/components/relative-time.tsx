import { Tooltip } from '@mantine/core';
import { exactTime, relativeTime } from '@/lib/relative-time';

/**
 * "3 days ago", with the exact time (time zone named) on hover and on keyboard focus, and in `dateTime` for
 * assistive technology. An unreadable date is shown as sent.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const exact = exactTime(iso);
  return (
    <Tooltip label={exact} events={{ hover: true, focus: true, touch: true }} withArrow>
      <time dateTime={iso} tabIndex={0}>
        {relativeTime(iso) ?? iso}
      </time>
    </Tooltip>
  );
}
