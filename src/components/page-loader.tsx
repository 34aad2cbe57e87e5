import { t } from '@/i18n/translator';
import { Center, Group, Loader, VisuallyHidden, type MantineSize } from '@mantine/core';

/**
 * A spinner that is announced: the live region (`role="status"`) holds the words, the animation is hidden.
 * Mantine's Loader is a plain element, so an `aria-label` on it is prohibited (axe `aria-prohibited-attr`) and
 * never read.
 */
export function LoadingIndicator({
  label = t('common.loading'),
  size,
}: {
  label?: string;
  size?: MantineSize | number;
}) {
  return (
    <Group component="span" role="status" gap="xs" display="inline-flex">
      <Loader size={size} aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Group>
  );
}

export function PageLoader({ label = t('common.loading') }: { label?: string }) {
  return (
    <Center mih="50vh">
      <LoadingIndicator label={label} />
    </Center>
  );
}
