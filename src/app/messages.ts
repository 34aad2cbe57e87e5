export const messages = {
  productName: 'Omnichannel Contacts',
  skipToContent: 'Skip to content',
  colorScheme: 'Colour scheme',
  light: 'Light',
  dark: 'Dark',
  auto: 'Auto',
  logOut: 'Log out',
  signedInAs: (name: string) => `Signed in as ${name}`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is nothing at this address.',
  backToSearch: 'Back to search',
  leaveTitle: 'Leave without saving?',
  leaveBody:
    'Your changes are not saved in Rocket.Chat. They stay as a draft in this browser until you save them or log out.',
  stay: 'Stay',
  close: 'Close',
  leave: 'Leave',
} as const;
