import { Avatar, type MantineSize } from '@mantine/core';

/**
 * Initials on a colour of their own: shades dark enough for white text (WCAG AA) in both colour schemes, so the
 * avatar never needs a contrast exception.
 */
const COLORS = ['blue.9', 'grape.9', 'indigo.9', 'teal.9', 'red.9', 'violet.9', 'pink.9', 'cyan.9'] as const;

/** The same contact always gets the same colour: a string hash (FNV-1a) of its id picks one. */
export function avatarColor(key: string): (typeof COLORS)[number] {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return COLORS[(hash >>> 0) % COLORS.length]!;
}

interface ContactAvatarProps {
  name: string;
  /** What keeps the colour stable: the contact's id. */
  colorKey: string;
  size?: MantineSize | number;
}

/** Decorative: the name is always written next to it, so screen readers skip the initials. */
export function ContactAvatar({ name, colorKey, size = 'md' }: ContactAvatarProps) {
  return <Avatar name={name} color={avatarColor(colorKey)} variant="filled" size={size} aria-hidden="true" />;
}
