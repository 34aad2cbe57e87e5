import type { Me } from './session-queries';

/**
 * The login's answer carries the signed-in user. The login page has no query cache (see app/query-provider.tsx), so
 * it hands the user over here and the signed-in area's cache takes it, instead of asking the server again.
 */
let handedOver: Me | undefined;

export function handOverSignedInUser(me: Me): void {
  handedOver = me;
}

export function takeSignedInUser(): Me | undefined {
  const me = handedOver;
  handedOver = undefined;
  return me;
}
