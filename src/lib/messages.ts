/** Strings of the app-wide data layer. */
export const messages = {
  refreshFailedTitle: 'Could not refresh',
  refreshFailed: 'The Rocket.Chat server did not answer. What you see is the last data loaded.',
  dismiss: 'Dismiss notification',
} as const;
