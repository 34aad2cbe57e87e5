import { Anchor, Text, type TextProps } from '@mantine/core';
import { httpUrl } from './values';
import { displayText } from '../../model/format';

/** Long unbroken values (tokens, URLs, pasted text) wrap anywhere instead of widening the page. */
export const wrapAnywhere = { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' } as const;

/**
 * A value from the server, always as text: React escapes it, so markup in it is shown, never parsed. Only a whole
 * http(s) URL becomes a link, opened in a new tab without access to this one. `dir="auto"`: an Arabic or Hebrew
 * value reads right to left inside the left-to-right page, and its punctuation stays with it.
 */
export function FieldValue({ value, ...props }: { value: unknown } & TextProps) {
  const text = displayText(value);
  const href = httpUrl(value);
  if (href) {
    return (
      <Anchor dir="auto" href={href} target="_blank" rel="noopener noreferrer" style={wrapAnywhere} {...props}>
        {text}
      </Anchor>
    );
  }
  return (
    <Text component="span" dir="auto" style={wrapAnywhere} {...props}>
      {text}
    </Text>
  );
}
