import { t } from '@/i18n/translator';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';

interface DirectorySearchBoxProps {
  text: string;
  onText: (text: string) => void;
  onArrowDown: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  autoFocus: boolean;
  source: 'contacts' | 'visitors';
}

/** How long typing pauses before the directory asks the server (Rocket.Chat's table waits 500 ms). */
export const TYPE_AHEAD_MS = 300;

/**
 * The type-ahead box. It holds what is typed; the URL gets it once typing pauses. When the URL changes from
 * elsewhere (Back, a link), the box follows it.
 */
export function DirectorySearchBox({
  text,
  onText,
  onArrowDown,
  inputRef,
  autoFocus,
  source,
}: DirectorySearchBoxProps) {
  const [value, setValue] = useState(text);
  const sent = useRef(text);
  const send = useDebouncedCallback((next: string) => {
    sent.current = next;
    onText(next);
  }, TYPE_AHEAD_MS);

  useEffect(() => {
    if (text !== sent.current) {
      sent.current = text;
      setValue(text);
    }
  }, [text]);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      label={t('common.search')}
      placeholder={t('directory.searchPlaceholder')}
      description={
        <>
          {t('directory.searchHint', { source })} <span className="keyboard-hint">{t('directory.searchKeys')}</span>
        </>
      }
      value={value}
      autoComplete="off"
      autoFocus={autoFocus}
      data-slash-focus
      onChange={(event) => {
        setValue(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') send.flush();
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          onArrowDown();
        }
      }}
      className="directory-search"
    />
  );
}
