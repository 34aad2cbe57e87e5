import { useState } from 'react';
import { Text, VisuallyHidden } from '@mantine/core';
import { OnDemandTooltip } from './on-demand-tooltip';
import { exactTime, relativeTime } from '@/lib/relative-time';
import { currentLocale } from '@/i18n/translator';

/**
 * "3 days ago", with the exact time and its time zone named on hover, focus or touch. Screen readers get the exact
 * time too (a tooltip is not announced reliably). Relative to when it was drawn: pages are short-lived.
 */
export function RelativeTime({ iso, inherit }: { iso: string; inherit?: boolean }) {
  const [now] = useState(Date.now);
  const locale = currentLocale();
  const exact = exactTime(iso, locale);
  return (
    <OnDemandTooltip label={exact} multiline maw={320} withArrow>
      <Text component="time" dateTime={iso} tabIndex={0} inherit={inherit} className="relative-time">
        {relativeTime(iso, now, locale)}
        <VisuallyHidden>{exact}</VisuallyHidden>
      </Text>
    </OnDemandTooltip>
  );
}
