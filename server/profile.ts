/** Which Rocket.Chat the server impersonates. 7.x (pre-8.0) is the default; 6.x differs in envelopes and endpoints. */
export interface Profile {
  major: 6 | 7;
  version: string;
}

export const profiles = {
  7: { major: 7, version: '7.11.0' },
  6: { major: 6, version: '6.13.1' },
} as const satisfies Record<number, Profile>;

export function notLoggedInBody(profile: Profile): Record<string, unknown> {
  const message = 'You must be logged in to do this.';
  // 6.x (Restivus) sends no `success` and no `error`; 7.x pre-8.0 sends both shapes at once.
  return profile.major === 6
    ? { status: 'error', message }
    : { success: false, error: message, status: 'error', message };
}
