import { t } from '@/i18n/translator';
import { Button, CopyButton } from '@mantine/core';

/** "Copy" next to a value; its accessible name says which value, and it confirms with "Copied". */
export function CopyValueButton({ value }: { value: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={copy}
          aria-label={copied ? t('detail.copied') : t('detail.copyValue', { value })}
          aria-live="polite"
        >
          {copied ? t('detail.copied') : t('detail.copy')}
        </Button>
      )}
    </CopyButton>
  );
}
