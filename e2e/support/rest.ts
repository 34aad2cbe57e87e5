import { accountOf, passwordOf, totpCode, type Role } from './accounts.ts';
import { Ledger } from './ledger.ts';
import { RUN_ID } from './target.ts';
import { TEST_CUSTOM_FIELD } from './custom-field-defaults.ts';

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
  /** What this client created, for the test's clean-up (e2e/fixtures.ts). */
  readonly ledger = new Ledger();

  constructor(private readonly baseUrl: string) {}

  async call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options: {
      auth?: Credentials;
      body?: unknown;
      query?: Record<string, string>;
      headers?: Record<string, string>;
    } = {},
  ): Promise<RestAnswer> {
    const url = new URL(path.startsWith('/') ? `/api${path}` : `/api/v1/${path}`, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const response = await fetch(url, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.auth ? { 'X-User-Id': options.auth.userId, 'X-Auth-Token': options.auth.authToken } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const answer = { status: response.status, body: text ? JSON.parse(text) : null };
    if (!path.startsWith('/'))
      this.ledger.note({ method, path, query: options.query ?? {}, body: options.body, answer });
    return answer;
  }

  /** Signs in as a role's account (accounts.ts), or, given a password, as that username. */
  async login(role: string, password?: string): Promise<Credentials> {
    const account = password === undefined && DEMO_ROLES.has(role) ? accountOf(role as Role) : undefined;
    const body = {
      user: account?.username ?? role,
      password: password ?? account?.password ?? passwordOf(role),
      ...(role === 'secure' ? { code: totpCode() } : {}),
    };
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
    const customFieldData = { ...TEST_CUSTOM_FIELD, ...field };
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

  /** As `openRoom`, from the livechat widget: Rocket.Chat takes a request from its own `/livechat` page as one. */
  async openWidgetRoom(token: string): Promise<string> {
    const { status, body } = await this.call('GET', 'livechat/room', {
      query: { token },
      headers: { referer: new URL('/livechat', this.baseUrl).href },
    });
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

  /** The visitor writes into their open conversation (`POST livechat/message`, by token, no login). */
  async sendVisitorMessage(token: string, rid: string, msg: string): Promise<{ _id: string; ts: string }> {
    const { status, body } = await this.call('POST', 'livechat/message', { body: { token, rid, msg } });
    if (status !== 200) throw new Error(`livechat/message: ${status} ${JSON.stringify(body)}`);
    return body.message;
  }

  /**
   * A Rocket.Chat user writes into a conversation (`POST chat.sendMessage`). Rocket.Chat lets the serving agent or
   * a holder of `view-livechat-rooms` (admin, manager) do that; an agent who does not serve the room is refused.
   */
  async sendAgentMessage(auth: Credentials, rid: string, msg: string): Promise<{ _id: string; ts: string }> {
    const { status, body } = await this.call('POST', 'chat.sendMessage', { auth, body: { message: { rid, msg } } });
    if (status !== 200) throw new Error(`chat.sendMessage: ${status} ${JSON.stringify(body)}`);
    return body.message;
  }

  /**
   * A whole conversation the way a real one happens: the visitor registers (when a name is given) and opens a
   * conversation, the lines are written in order by the visitor or by `auth` as the agent, and the conversation is
   * closed by the agent (with a comment) or by the visitor, or left open. Returns the room id.
   */
  async createConversation(
    auth: Credentials,
    conversation: ConversationInput,
  ): Promise<{ rid: string; visitorId?: string }> {
    const { token, name, email, lines, close = 'agent' } = conversation;
    const visitorId = name ? await this.createLivechatVisitor({ token, name, ...(email ? { email } : {}) }) : undefined;
    const rid = await this.openRoom(token);
    for (const line of lines) {
      if (line.from === 'visitor') await this.sendVisitorMessage(token, rid, line.msg);
      else await this.sendAgentMessage(auth, rid, line.msg);
    }
    if (close === 'agent') await this.closeRoomByUser(auth, rid);
    if (close === 'visitor') await this.closeRoom(token, rid);
    return { rid, ...(visitorId ? { visitorId } : {}) };
  }
}

export interface ConversationInput {
  /** The visitor's token; a visitor with this token must exist unless `name` is given. */
  token: string;
  name?: string;
  email?: string;
  lines: { from: 'visitor' | 'agent'; msg: string }[];
  /** Who closes it (`"agent"` by default, with the comment "Closed by the e2e tests"), or `false` to leave it open. */
  close?: 'agent' | 'visitor' | false;
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

const DEMO_ROLES = new Set<string>(['admin', 'manager', 'agent', 'user', 'secure']);

/**
 * The tests share one server: every record they create gets a unique suffix. On a real server it carries the run's
 * id too, so whatever a run leaves behind can be told apart (and swept: custom fields, global-setup.ts).
 */
export function unique(prefix = ''): string {
  return `${prefix}${RUN_ID}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export const uniqueToken = (): string => unique('tok');
