/** Strings of the shared, domain-free components. */
export const messages = {
  /** Around the permission's name: "Rocket.Chat requires the permission <name> for this, …". */
  permissionBefore: 'Rocket.Chat requires the permission ',
  permissionAfter: ' for this, and none of your roles has it.',
  permissionAdvice: 'Ask an administrator to add the permission to one of your roles (Administration › Permissions).',
  retry: 'Retry',
  nothingLost: 'Nothing you entered was lost.',
} as const;
