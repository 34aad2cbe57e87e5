import { Button, CopyButton } from '@mantine/core';
import { detailMessages as messages } from '../../messages';

/** "Copy" next to a value; its accessible name says which value, and it confirms with "Copied". */
export function CopyValueButton({ value }: { value: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={copy}
          aria-label={copied ? messages.copied : messages.copyValue(value)}
          aria-live="polite"
        >
          {copied ? messages.copied : messages.copy}
        </Button>
      )}
    </CopyButton>
  );
}
