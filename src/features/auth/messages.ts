/** Every string of the sign-in screens; Rocket.Chat's own wording where it has one. */
export const messages = {
  title: 'Log in to Omnichannel Contacts',
  intro: 'Use your Rocket.Chat account.',
  usernameLabel: 'Username or email',
  passwordLabel: 'Password',
  rememberLabel: 'Remember me',
  rememberHint: 'Stay logged in on this browser after it closes.',
  submit: 'Log in',
  usernameRequired: 'Username or email required',
  passwordRequired: 'Password required',
  wrongCredentials: 'User not found or incorrect password',
  notActivated: 'User is not activated',
  twoFactorTitle: 'Two-factor authentication',
  twoFactorIntro:
    'Open your authentication app and enter the code it shows for Rocket.Chat. You can also use one of your backup codes.',
  twoFactorLabel: 'Two-factor code',
  twoFactorRequired: 'Code required',
  twoFactorInvalid: 'Invalid two-factor code',
  verify: 'Verify',
  back: 'Back',
  unreachable: (server: string) =>
    `Could not reach the Rocket.Chat server at ${server}. Check your connection and that the server is running, then try again.`,
  unexpected: (detail: string) => `The server could not log you in: ${detail}`,
} as const;
