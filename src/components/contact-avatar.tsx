import { Avatar, type AvatarProps } from '@mantine/core';

/**
 * Colours whose shade 9 keeps white initials above WCAG AA contrast in both schemes (orange, lime, green and yellow
 * do not), so the avatar never needs a per-colour text colour.
 */
export const AVATAR_COLORS = ['blue', 'cyan', 'grape', 'indigo', 'pink', 'red', 'teal', 'violet'] as const;
export type AvatarColor = (typeof AVATAR_COLORS)[number];

/** The same name always gets the same colour, in the directory and on the contact page (a 32-bit string hash). */
export function avatarColor(name: string): AvatarColor {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return AVATAR_COLORS[Math.abs(hash) % AVATAR_COLORS.length] ?? 'blue';
}

/** "Antônio Souza" → "AS", "Ana" → "A", "+55 11 99999" → "5": first letters of the first and last words. */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => Array.from(word).find((char) => /[\p{L}\p{N}]/u.test(char)))
    .filter((char): char is string => Boolean(char));
  if (!words.length) return '?';
  const [first] = words;
  const last = words.length > 1 ? words[words.length - 1] : '';
  return `${first}${last}`.toLocaleUpperCase();
}

/** A contact's avatar: its initials on its colour. Decorative: the name is always written next to it. */
export function ContactAvatar({ name, size = 'lg' }: { name: string; size?: AvatarProps['size'] }) {
  const color = avatarColor(name);
  return (
    <Avatar
      size={size}
      radius="xl"
      variant="filled"
      aria-hidden
      styles={{
        root: { flexShrink: 0 },
        placeholder: { background: `var(--mantine-color-${color}-9)`, color: '#fff' },
      }}
    >
      {initials(name.slice(0, 200))}
    </Avatar>
  );
}
