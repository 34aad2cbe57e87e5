import { t } from '@/i18n/translator';

/**
 * Rocket.Chat's omnichannel source (`IOmnichannelSource`: type widget | email | sms | app | api | other, plus the
 * app's id, alias and label) as people read it. Names follow Rocket.Chat's `useOmnichannelSource`: the widget is
 * "Livechat"; apps and API integrations go by their alias or label. WhatsApp arrives as an app (Rocket.Chat's
 * WhatsApp connectors are apps), recognised by its id, alias or label.
 */
export type SourceKind = 'widget' | 'email' | 'sms' | 'whatsapp' | 'app' | 'api' | 'other';

export interface SourceLike {
  type?: string | null;
  id?: string | null;
  alias?: string | null;
  label?: string | null;
}

/** Product names stay as they are in every language; the rest is read from the active catalogue when drawn. */
const fixedNames = {
  widget: () => 'Livechat',
  email: () => t('common.email'),
  sms: () => 'SMS',
  whatsapp: () => 'WhatsApp',
};
const fallbackNames = {
  app: () => t('page.customApp'),
  api: () => t('page.customApi'),
  other: () => t('page.customIntegration'),
};

export function sourceKind(source: SourceLike): SourceKind {
  const type = source.type ?? 'other';
  const said = [source.id, source.alias, source.label].filter(Boolean).join(' ').toLowerCase();
  if (said.includes('whatsapp')) return 'whatsapp';
  if (type === 'widget' || type === 'email' || type === 'sms' || type === 'app' || type === 'api') return type;
  return 'other';
}

/** "Livechat", "WhatsApp", an app's own name, or the raw type when Rocket.Chat sends one this app does not know. */
export function sourceName(source: SourceLike): string {
  const kind = sourceKind(source);
  if (kind === 'widget' || kind === 'email' || kind === 'sms' || kind === 'whatsapp') return fixedNames[kind]();
  const own = source.alias || source.label;
  if (own) return own;
  if (kind === 'other' && source.type && source.type !== 'other') return source.type;
  return fallbackNames[kind]();
}
