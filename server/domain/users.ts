import type { Db } from '../db/open.ts';
import { hashLoginToken, hashPassword } from './credentials.ts';
import { randomId, randomSecret } from './random.ts';

/** The stored user document: Rocket.Chat's IUser without `services` (kept in their own columns). */
export interface UserDoc {
  _id: string;
  _updatedAt: string;
  createdAt: string;
  type: 'user';
  username: string;
  name: string;
  emails: { address: string; verified: boolean }[];
  roles: string[];
  active: boolean;
  status: 'online' | 'offline' | 'away' | 'busy';
  statusLivechat?: 'available' | 'not-available';
  utcOffset: number;
  settings: { preferences: Record<string, unknown> };
}

export interface UserRecord {
  doc: UserDoc;
  passwordHash: string | null;
  totpSecret: string | null;
}

interface UserRow {
  _id: string;
  doc: string;
  password_hash: string | null;
  totp_secret: string | null;
}

const toRecord = (row: UserRow): UserRecord => ({
  doc: JSON.parse(row.doc) as UserDoc,
  passwordHash: row.password_hash,
  totpSecret: row.totp_secret,
});

export function findUserById(db: Db, id: string): UserRecord | undefined {
  const row = db.prepare<[string], UserRow>('SELECT * FROM users WHERE _id = ?').get(id);
  return row && toRecord(row);
}

/** Usernames are unique regardless of case, as Meteor's `findUserByUsername` treats them. */
export function findUserByUsername(db: Db, username: string): UserRecord | undefined {
  const row = db.prepare<[string], UserRow>('SELECT * FROM users WHERE lower(username) = lower(?)').get(username);
  return row && toRecord(row);
}

export function findUserByEmail(db: Db, email: string): UserRecord | undefined {
  const row = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?').get(email.trim().toLowerCase());
  return row && toRecord(row);
}

export function listUsersWithRole(db: Db, role: string): UserDoc[] {
  const rows = db
    .prepare<[string], UserRow>(
      "SELECT * FROM users WHERE EXISTS (SELECT 1 FROM json_each(users.doc, '$.roles') WHERE value = ?) ORDER BY username",
    )
    .all(role);
  return rows.map((row) => toRecord(row).doc);
}

export interface NewUser {
  username: string;
  name: string;
  email: string;
  password: string;
  roles: string[];
  active?: boolean;
  verified?: boolean;
  totpSecret?: string;
  /** scrypt's cost (credentials.ts); the production default unless the server was created with a lower one. */
  passwordCost?: number;
}

export async function insertUser(db: Db, input: NewUser, now = new Date()): Promise<UserDoc> {
  const doc: UserDoc = {
    _id: randomId(),
    _updatedAt: now.toISOString(),
    createdAt: now.toISOString(),
    type: 'user',
    username: input.username,
    name: input.name,
    emails: [{ address: input.email.toLowerCase(), verified: input.verified ?? false }],
    roles: input.roles,
    active: input.active ?? true,
    status: 'offline',
    utcOffset: 0,
    settings: { preferences: {} },
  };
  const passwordHash = await hashPassword(input.password, input.passwordCost);
  db.prepare('INSERT INTO users (_id, username, email, password_hash, totp_secret, doc) VALUES (?, ?, ?, ?, ?, ?)').run(
    doc._id,
    doc.username,
    doc.emails[0]!.address,
    passwordHash,
    input.totpSecret ?? null,
    JSON.stringify(doc),
  );
  return doc;
}

/** Removes the user; their login tokens go with them (ON DELETE CASCADE). */
export function deleteUserById(db: Db, id: string): void {
  db.prepare('DELETE FROM users WHERE _id = ?').run(id);
}

export function saveUserDoc(db: Db, doc: UserDoc): void {
  db.prepare('UPDATE users SET doc = ? WHERE _id = ?').run(JSON.stringify(doc), doc._id);
}

export function addRole(db: Db, user: UserDoc, role: string, now = new Date()): UserDoc {
  if (user.roles.includes(role)) return user;
  const updated = { ...user, roles: [...user.roles, role], _updatedAt: now.toISOString() };
  saveUserDoc(db, updated);
  return updated;
}

/** Issues a login token; only its hash is stored. */
export function createLoginToken(db: Db, userId: string, now = new Date()): string {
  const token = randomSecret();
  db.prepare('INSERT INTO login_tokens (hashed_token, user_id, created_at) VALUES (?, ?, ?)').run(
    hashLoginToken(token),
    userId,
    now.toISOString(),
  );
  return token;
}

/**
 * `Accounts_LoginExpiration` (default 90 days): Meteor refuses a resume token older than that and its
 * `_expireTokens` job removes it; here it is refused from that moment on.
 */
export const LOGIN_EXPIRATION_DAYS = 90;

const oldestValidToken = (now: Date) => new Date(now.getTime() - LOGIN_EXPIRATION_DAYS * 86_400_000).toISOString();

export function findUserByToken(db: Db, userId: string, token: string, now = new Date()): UserRecord | undefined {
  const row = db
    .prepare<[string, string, string], UserRow>(
      'SELECT users.* FROM users JOIN login_tokens ON login_tokens.user_id = users._id WHERE users._id = ? AND login_tokens.hashed_token = ? AND login_tokens.created_at > ?',
    )
    .get(userId, hashLoginToken(token), oldestValidToken(now));
  return row && toRecord(row);
}

export function findUserByResumeToken(db: Db, token: string, now = new Date()): UserRecord | undefined {
  const row = db
    .prepare<[string, string], UserRow>(
      'SELECT users.* FROM users JOIN login_tokens ON login_tokens.user_id = users._id WHERE login_tokens.hashed_token = ? AND login_tokens.created_at > ?',
    )
    .get(hashLoginToken(token), oldestValidToken(now));
  return row && toRecord(row);
}

export function removeLoginToken(db: Db, token: string): void {
  db.prepare('DELETE FROM login_tokens WHERE hashed_token = ?').run(hashLoginToken(token));
}
