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
} as const;
