import { passwordOf, totpCode } from './accounts.ts';

export interface Credentials {
  userId: string;
  authToken: string;
}

export interface RestAnswer {
  status: number;
  body: any;
}

/**
 * Rocket.Chat's REST API as the tests use it to set up data and check results: only endpoints Rocket.Chat
 * itself has, so the same specs can run against a real server.
 */
export class RestClient {
  constructor(private readonly baseUrl: string) {}

  async call(method: 'GET' | 'POST', path: string, options: { auth?: Credentials; body?: unknown; query?: Record<string, string> } = {}): Promise<RestAnswer> {
    const url = new URL(path.startsWith('/') ? `/api${path}` : `/api/v1/${path}`, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const response = await fetch(url, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.auth ? { 'X-User-Id': options.auth.userId, 'X-Auth-Token': options.auth.authToken } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async login(role: string, password = passwordOf(role)): Promise<Credentials> {
    const body = { user: role, password, ...(role === 'secure' ? { code: totpCode() } : {}) };
    const { status, body: answer } = await this.call('POST', 'login', { body });
    if (status !== 200) throw new Error(`Login as ${role} failed: ${status} ${JSON.stringify(answer)}`);
    return { userId: answer.data.userId, authToken: answer.data.authToken };
  }

  async logout(auth: Credentials): Promise<void> {
    await this.call('POST', 'logout', { auth });
  }

  /** Sets which roles hold a permission; returns the previous roles so a test can restore them. */
  async setPermissionRoles(admin: Credentials, permission: string, roles: string[]): Promise<string[]> {
    const all = await this.call('GET', 'permissions.listAll', { auth: admin });
    const previous: string[] = all.body.update.find((p: { _id: string }) => p._id === permission)?.roles ?? [];
    const { status, body } = await this.call('POST', 'permissions.update', { auth: admin, body: { permissions: [{ _id: permission, roles }] } });
    if (status !== 200) throw new Error(`permissions.update ${permission}: ${status} ${JSON.stringify(body)}`);
    return previous;
  }
}
