interface Config {
  /** Base URL of the Rocket.Chat server; empty means the app's own origin (served or proxied next to it). */
  rocketChatUrl: string;
}

let config: Config = { rocketChatUrl: '' };

/**
 * Reads `public/config.json` once at start-up, so one build can be pointed at any Rocket.Chat.
 * Checked by hand: this runs before the first paint, where a schema library would cost every page its weight.
 */
export async function loadConfig(): Promise<void> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    if (!response.ok) return;
    const json: unknown = await response.json();
    const url = json && typeof json === 'object' ? (json as Record<string, unknown>).rocketChatUrl : undefined;
    if (typeof url === 'string') config = { rocketChatUrl: url };
  } catch {
    // No readable config file: talk to the app's own origin.
  }
}

export const apiBaseUrl = (): string => config.rocketChatUrl.replace(/\/+$/, '');

/** How to name the server in messages: its host. */
export const serverName = (): string =>
  config.rocketChatUrl ? new URL(config.rocketChatUrl).host : window.location.host;
