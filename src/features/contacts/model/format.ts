import { currentLocale } from '@/i18n/translator';

/** The value as text: strings as they are, anything else Rocket.Chat may have stored as JSON. */
export function displayText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A Rocket.Chat date (ISO string) for people, in the console's language; an unreadable one is shown as sent. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  const dateTime = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return Number.isNaN(time) ? iso : dateTime.format(time);
}

/** How an agent reads in pickers and lists: "Agatha Agent (agent)", or the username when there is no name. */
export const agentLabel = (agent: { name?: string | null; username: string }): string =>
  agent.name ? `${agent.name} (${agent.username})` : agent.username;
