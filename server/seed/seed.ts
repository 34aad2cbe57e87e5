import type { Db } from '../db/open.ts';
import { seedDefaultPermissions } from '../domain/permissions.ts';
import { seedUsers } from './users.ts';
import { seedDemoData } from './demo.ts';

export type SeedName = 'demo' | 'minimal' | 'admin' | 'none';

const isEmpty = (db: Db) => db.prepare('SELECT count(*) AS n FROM users').get() as { n: number };

/**
 * Fills an empty database. Permissions always get Rocket.Chat's defaults (a workspace is never without them);
 * `minimal` adds the demo users, `demo` also the demo contact data. `admin` adds only the `admin` account, as a fresh
 * Rocket.Chat has after its setup wizard: what the end-to-end run against "a real server" starts from.
 * `passwordCost`: as the server's (credentials.ts).
 */
export async function seed(db: Db, name: SeedName, options: { passwordCost?: number } = {}): Promise<boolean> {
  seedDefaultPermissions(db);
  if (name === 'none' || isEmpty(db).n > 0) return false;
  await seedUsers(db, options.passwordCost, name === 'admin' ? ['admin'] : undefined);
  if (name === 'demo') seedDemoData(db);
  return true;
}
