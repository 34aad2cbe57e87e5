import {
  IconApi,
  IconApps,
  IconBrandWhatsapp,
  IconMail,
  IconMessage2,
  IconMessageCircle,
  IconPlug,
  type Icon,
} from '@tabler/icons-react';
import { sourceKind, type SourceKind, type SourceLike } from '../../model/channel-source';

const icons: Record<SourceKind, Icon> = {
  widget: IconMessageCircle,
  email: IconMail,
  sms: IconMessage2,
  whatsapp: IconBrandWhatsapp,
  app: IconApps,
  api: IconApi,
  other: IconPlug,
};

/** The icon of a channel's source; decorative, as its name is always written next to it. */
export function SourceIcon({ source, size = 20 }: { source: SourceLike; size?: number }) {
  const Glyph = icons[sourceKind(source)];
  return <Glyph size={size} stroke={1.6} aria-hidden focusable={false} style={{ flexShrink: 0 }} />;
}
