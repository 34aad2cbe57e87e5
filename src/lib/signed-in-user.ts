import type { Me } from './session-queries';

/**
 * The login's answer carries the signed-in user. The login page has no query cache (see app/query-provider.tsx), so
 * it hands the user over here and the signed-in area's cache takes it, instead of asking the server again.
 */
type Receiver = (me: Me) => void;

let receiver: Receiver | undefined;
let handedOver: Me | undefined;

/** The login, with the user its answer carries: kept until the signed-in area's cache exists. */
export function handOverSignedInUser(me: Me): void {
  if (receiver) receiver(me);
  else handedOver = me;
}

/** The signed-in area's cache, once its chunk has loaded: takes a user already handed over, then every later one. */
export function receiveSignedInUsers(take: Receiver): void {
  receiver = take;
  if (handedOver) take(handedOver);
  handedOver = undefined;
}
