import { Group, Paper, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { DetailLayout } from './detail-layout';

/**
 * The contact page's shape while it loads: the identity card and the tabs where they will be, so nothing moves
 * when the contact arrives (layout shift ≤ 0.01). Announced once, by the status region.
 */
export function ContactPageSkeleton({ label }: { label: string }) {
  return (
    <DetailLayout
      identity={
        <Paper withBorder p="md" radius="md" aria-hidden>
          <Stack gap="md">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <Skeleton circle height={56} />
              <Stack gap={8} style={{ flex: 1 }}>
                <Skeleton height={14} width="40%" />
                <Skeleton height={28} width="80%" />
                <Skeleton height={18} width="35%" />
              </Stack>
            </Group>
            <Skeleton height={36} width={72} />
            {[0, 1, 2, 3].map((row) => (
              <Stack key={row} gap={6}>
                <Skeleton height={14} width="30%" />
                <Skeleton height={20} width="70%" />
              </Stack>
            ))}
          </Stack>
        </Paper>
      }
    >
      <div role="status">
        <VisuallyHidden>{label}</VisuallyHidden>
      </div>
      <Stack gap="md" aria-hidden>
        <Skeleton height={36} width="60%" />
        <Skeleton height={160} />
      </Stack>
    </DetailLayout>
  );
}
