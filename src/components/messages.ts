/** Strings of the shared, domain-free components. */
export const messages = {
  /** Around the permission's name: "Rocket.Chat requires the permission <name> for this, …". */
  permissionBefore: 'Rocket.Chat requires the permission ',
  permissionAfter: ' for this, and none of your roles has it.',
  permissionAdvice: 'Ask an administrator to add the permission to one of your roles (Administration › Permissions).',
  retry: 'Retry',
  loading: 'Loading',
  unreachable: 'The Rocket.Chat server could not be reached. Check your connection, then retry.',
  serverFailed: (status: number) => `The Rocket.Chat server failed to answer (HTTP ${status}). Retry in a moment.`,
  /** Rocket.Chat's rate limiter ("error-too-many-requests"), with the wait its X-RateLimit-Reset header gives. */
  rateLimited: (seconds: number | undefined) =>
    seconds === undefined
      ? 'Too many requests. Please slow down: Rocket.Chat accepts only a few of these a minute. Try again in a minute.'
      : `Too many requests. Please slow down: Rocket.Chat accepts only a few of these a minute. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  invalidResponse: 'The Rocket.Chat server sent an answer this app does not understand.',
  unexpected: 'Something unexpected went wrong.',
  crashTitle: 'This screen stopped working',
  crashBody: 'Nothing was sent to the server. Retry, or go back to search.',
} as const;
