/**
 * Rocket.Chat's failed-login blocking (apps/meteor/app/authentication/server/lib/restrictLoginAttempts.ts) with its
 * default thresholds: an address is refused after 50 failed logins, an account after 10, each within 5 minutes and
 * since the last successful login from that address or to that account (so a person who gets in resets their own
 * count). Rocket.Chat ships it switched off (`Block_Multiple_Failed_Logins_Enabled`); here it is always on.
 * Counts live in memory: a restart forgets them, as it forgets the rate limiter's.
 */
export const LOGIN_BLOCKING = {
  account: { attempts: 10, windowMs: 5 * 60_000 },
  address: { attempts: 50, windowMs: 5 * 60_000 },
} as const;

interface Record {
  /** The most recent failures, oldest first, at most `attempts` of them. */
  failures: number[];
  lastSuccess: number;
}

export function createLoginAttempts(now: () => number = Date.now) {
  const accounts = new Map<string, Record>();
  const addresses = new Map<string, Record>();

  const entry = (map: Map<string, Record>, key: string) => {
    let found = map.get(key);
    if (!found) {
      // Bounded memory whatever the number of names or addresses tried: drop what no longer counts.
      if (map.size > 50_000) sweep(map);
      found = { failures: [], lastSuccess: 0 };
      map.set(key, found);
    }
    return found;
  };

  function sweep(map: Map<string, Record>): void {
    const oldest = now() - LOGIN_BLOCKING.address.windowMs;
    for (const [key, record] of map) if ((record.failures.at(-1) ?? 0) < oldest) map.delete(key);
  }

  function blocked(record: Record | undefined, limits: { attempts: number; windowMs: number }): boolean {
    if (!record) return false;
    const since = Math.max(now() - limits.windowMs, record.lastSuccess);
    return record.failures.filter((at) => at > since).length >= limits.attempts;
  }

  function fail(record: Record, limit: number): void {
    record.failures.push(now());
    if (record.failures.length > limit) record.failures.shift();
  }

  return {
    isAddressBlocked: (address: string) => blocked(addresses.get(address), LOGIN_BLOCKING.address),
    isAccountBlocked: (account: string) => blocked(accounts.get(account), LOGIN_BLOCKING.account),
    recordFailure(address: string, account: string | undefined): void {
      fail(entry(addresses, address), LOGIN_BLOCKING.address.attempts);
      if (account) fail(entry(accounts, account), LOGIN_BLOCKING.account.attempts);
    },
    recordSuccess(address: string, account: string): void {
      entry(addresses, address).lastSuccess = now();
      entry(accounts, account).lastSuccess = now();
    },
  };
}

export type LoginAttempts = ReturnType<typeof createLoginAttempts>;
