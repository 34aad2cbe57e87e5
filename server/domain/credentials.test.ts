import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open.ts';
import { profiles } from '../profile.ts';
import { seed } from '../seed/seed.ts';
import { DEFAULT_PASSWORD_COST, hashPassword, passwordDigest, verifyPasswordDigest } from './credentials.ts';

describe('password hashes and their cost', () => {
  it('the production cost is scrypt’s 2^14, stored in the format hashes always had', async () => {
    expect(DEFAULT_PASSWORD_COST).toBe(16_384);
    const hash = await hashPassword('agent123');
    expect(hash).toMatch(/^scrypt\$[^$]+\$[^$]+$/);
    expect(await verifyPasswordDigest(passwordDigest('agent123'), hash)).toBe(true);
    expect(await verifyPasswordDigest(passwordDigest('agent124'), hash)).toBe(false);
  });

  it('a lower cost is written into the hash and verified at that cost only', async () => {
    const hash = await hashPassword('agent123', 1024);
    expect(hash).toMatch(/^scrypt:1024\$/);
    expect(await verifyPasswordDigest(passwordDigest('agent123'), hash)).toBe(true);
    // The same salt and key claimed at another cost (or at none) do not verify.
    expect(await verifyPasswordDigest(passwordDigest('agent123'), hash.replace('scrypt:1024', 'scrypt'))).toBe(false);
    expect(await verifyPasswordDigest(passwordDigest('agent123'), hash.replace('scrypt:1024', 'scrypt:2048'))).toBe(
      false,
    );
    for (const scheme of ['scrypt:1000', 'scrypt:1', 'scrypt:65536', 'scrypt:', 'bcrypt'])
      expect(await verifyPasswordDigest(passwordDigest('agent123'), hash.replace('scrypt:1024', scheme))).toBe(false);
  });

  it('a server created without a cost hashes at the production cost, TEST_MODE or not', async () => {
    expect(process.env.TEST_MODE).toBeTruthy();
    const db = openDb(':memory:');
    await seed(db, 'minimal');
    const app = createApp({ db, profile: profiles[7], siteUrl: 'http://127.0.0.1' });
    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      (
        await app.request(`/api/v1/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        })
      ).json() as Promise<{ data: { userId: string; authToken: string } }>;
    const { data } = await post('login', { user: 'admin', password: 'admin123' });
    await post(
      'users.create',
      { username: 'newcomer', name: 'New Comer', email: 'newcomer@example.com', password: 'pass-1234' },
      { 'x-user-id': data.userId, 'x-auth-token': data.authToken },
    );
    const hashes = db.prepare('SELECT password_hash AS hash FROM users').all() as { hash: string }[];
    expect(hashes.map(({ hash }) => hash.split('$')[0])).toEqual(Array(6).fill('scrypt'));
    db.close();
  });
});
