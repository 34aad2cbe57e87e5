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

  async call(
    method: 'GET' | 'POST',
    path: string,
    options: { auth?: Credentials; body?: unknown; query?: Record<string, string> } = {},
  ): Promise<RestAnswer> {
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
    const { status, body } = await this.call('POST', 'permissions.update', {
      auth: admin,
      body: { permissions: [{ _id: permission, roles }] },
    });
    if (status !== 200) throw new Error(`permissions.update ${permission}: ${status} ${JSON.stringify(body)}`);
    return previous;
  }

  /** Defines a custom field (`livechat/custom-fields.save`). Definitions are global: keep test fields optional. */
  async saveCustomField(admin: Credentials, field: CustomFieldInput): Promise<void> {
    const customFieldData = {
      scope: 'visitor',
      visibility: 'visible',
      searchable: true,
      regexp: '',
      type: 'input',
      required: false,
      ...field,
    };
    const save = (update: boolean) =>
      this.call('POST', 'livechat/custom-fields.save', {
        auth: admin,
        body: update ? { customFieldId: field.field, customFieldData } : { customFieldData },
      });
    const existing = await this.call('GET', `livechat/custom-fields/${encodeURIComponent(field.field)}`, {
      auth: admin,
    });
    let answer = await save(Boolean(existing.body?.customField));
    // Another worker may have created it between the look-up and the save.
    if (answer.status === 400 && answer.body?.error === 'Custom Field already exists') answer = await save(true);
    if (answer.status !== 200)
      throw new Error(`custom-fields.save ${field.field}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  /** Registers a visitor contact (`POST omnichannel/contact`) and returns its id. */
  async registerVisitorContact(auth: Credentials, contact: VisitorContactInput): Promise<string> {
    const { status, body } = await this.call('POST', 'omnichannel/contact', {
      auth,
      body: { token: uniqueToken(), ...contact },
    });
    if (status !== 200) throw new Error(`omnichannel/contact: ${status} ${JSON.stringify(body)}`);
    return body.contact;
  }

  async getVisitor(auth: Credentials, id: string): Promise<any> {
    return (await this.call('GET', 'omnichannel/contact', { auth, query: { contactId: id } })).body.contact;
  }

  /** Creates a contact profile (7.1+ `POST omnichannel/contacts`) and returns its id. */
  async createProfile(
    auth: Credentials,
    profile: {
      name: string;
      emails?: string[];
      phones?: string[];
      customFields?: Record<string, string>;
      contactManager?: string;
    },
  ): Promise<string> {
    const { status, body } = await this.call('POST', 'omnichannel/contacts', {
      auth,
      body: { emails: [], phones: [], ...profile },
    });
    if (status !== 200) throw new Error(`omnichannel/contacts: ${status} ${JSON.stringify(body)}`);
    return body.contactId;
  }

  async getProfile(auth: Credentials, id: string): Promise<any> {
    return (await this.call('GET', 'omnichannel/contacts.get', { auth, query: { contactId: id } })).body.contact;
  }

  /** The visitor side, as the livechat widget does it: register a visitor by token (no login). */
  async createLivechatVisitor(visitor: {
    token: string;
    name: string;
    email?: string;
    phone?: string;
    customFields?: { key: string; value: string; overwrite: boolean }[];
  }): Promise<string> {
    const { status, body } = await this.call('POST', 'livechat/visitor', { body: { visitor } });
    if (status !== 200) throw new Error(`livechat/visitor: ${status} ${JSON.stringify(body)}`);
    return body.visitor._id;
  }

  async setLivechatCustomField(token: string, key: string, value: string, overwrite: boolean): Promise<void> {
    const { status, body } = await this.call('POST', 'livechat/custom.field', {
      body: { token, key, value, overwrite },
    });
    if (status !== 200) throw new Error(`livechat/custom.field: ${status} ${JSON.stringify(body)}`);
  }

  /** Opens a conversation for the visitor (links it to a contact profile and adds a channel); returns the room id. */
  async openRoom(token: string): Promise<string> {
    const { status, body } = await this.call('GET', 'livechat/room', { query: { token } });
    if (status !== 200) throw new Error(`livechat/room: ${status} ${JSON.stringify(body)}`);
    return body.room._id;
  }

  async closeRoom(token: string, rid: string): Promise<void> {
    const { status, body } = await this.call('POST', 'livechat/room.close', { body: { token, rid } });
    if (status !== 200) throw new Error(`livechat/room.close: ${status} ${JSON.stringify(body)}`);
  }

  /**
   * Closes a conversation as a Rocket.Chat user (`closer: "user"`), as Rocket.Chat's `closeOmnichannelRoom()` test
   * helper does. A comment is sent because `Livechat_request_comment_when_closing_conversation` is on by default.
   */
  async closeRoomByUser(auth: Credentials, rid: string): Promise<void> {
    const { status, body } = await this.call('POST', 'livechat/room.closeByUser', {
      auth,
      body: { rid, comment: 'Closed by the e2e tests' },
    });
    if (status !== 200) throw new Error(`livechat/room.closeByUser: ${status} ${JSON.stringify(body)}`);
  }
}

export interface CustomFieldInput {
  field: string;
  label: string;
  scope?: 'visitor' | 'room';
  visibility?: 'visible' | 'hidden';
  searchable?: boolean;
  regexp?: string;
  type?: 'input' | 'select';
  required?: boolean;
  options?: string;
}

export interface VisitorContactInput {
  token?: string;
  name: string;
  email?: string;
  phone?: string;
  customFields?: Record<string, string>;
  contactManager?: { username: string };
}

/** The tests share one server: every record they create gets a unique suffix. */
export function unique(prefix = ''): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export const uniqueToken = (): string => unique('tok');
