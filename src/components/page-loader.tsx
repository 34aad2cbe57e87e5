import { Center, Loader } from '@mantine/core';
import { messages } from './messages';

export function PageLoader({ label = messages.loading }: { label?: string }) {
  return (
    <Center mih="50vh" role="status" aria-live="polite">
      <Loader aria-label={label} />
    </Center>
  );
}
