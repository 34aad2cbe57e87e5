import type { BrowserContext } from '@playwright/test';
import type { Credentials, RestAnswer, RestClient } from './rest.ts';

interface Call {
  method: string;
  /** The path after `/api/v1/`. */
  path: string;
  query: Record<string, string>;
  body: any;
  answer: RestAnswer;
}

/**
 * What one test created on the server, noted from every successful creating call (the test's own REST calls and
 * the app's, seen in the browser), so the test removes it afterwards through Rocket.Chat's REST API and a shared
 * staging server keeps no traces. Custom fields are not here: specs running at the same time share some, so the
 * run removes its own at its end (global-setup.ts).
 */
export class Ledger {
  private readonly profiles = new Set<string>();
  private readonly tokens = new Set<string>();
  private readonly visitorIds = new Set<string>();
  private readonly rooms = new Map<string, string>();
  private readonly users = new Set<string>();
  private readonly pending: Promise<void>[] = [];

  note({ method, path, query, body, answer }: Call): void {
    if (answer.status !== 200 || !answer.body) return;
    const result = answer.body;
    if (method === 'POST' && path === 'omnichannel/contacts' && result.contactId) this.profiles.add(result.contactId);
    if (method === 'POST' && path === 'omnichannel/contact') {
      if (body?.token) this.tokens.add(body.token);
      else if (typeof result.contact === 'string') this.visitorIds.add(result.contact);
    }
    if (method === 'POST' && path === 'livechat/visitor' && result.visitor?.token)
      this.tokens.add(result.visitor.token);
    if (method === 'GET' && path === 'livechat/room' && result.room?._id && query.token) {
      this.rooms.set(result.room._id, query.token);
      this.tokens.add(query.token);
    }
    if (method === 'POST' && path === 'users.create' && result.user?._id) this.users.add(result.user._id);
  }

  /** Notes a contact profile or a visitor (by id) found some other way (the run's final sweep). */
  add(record: { contactId: string } | { visitorId: string }): void {
    if ('contactId' in record) this.profiles.add(record.contactId);
    else this.visitorIds.add(record.visitorId);
  }

  /** Notes what the app creates in this browser context too (a contact saved through the form). */
  watch(context: BrowserContext): void {
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/v1/') || !response.ok()) return;
      const request = response.request();
      if (!['POST', 'GET'].includes(request.method())) return;
      this.pending.push(
        response
          .json()
          .then((answer) =>
            this.note({
              method: request.method(),
              path: url.pathname.slice('/api/v1/'.length),
              query: Object.fromEntries(url.searchParams),
              body: request.postDataJSON(),
              answer: { status: response.status(), body: answer },
            }),
          )
          .catch(() => undefined),
      );
    });
  }

  /**
   * Removes everything noted, in the order Rocket.Chat allows: open conversations closed, visitors removed (with
   * their conversations, `DELETE livechat/visitor/:token`) and the contacts they made, contact profiles
   * (`contacts.delete`, 7.11+), then users. Something already gone (the test deleted it) is fine; a refusal is not.
   */
  async clean(api: RestClient, admin: Credentials): Promise<void> {
    await Promise.all(this.pending);
    const refused: string[] = [];
    const check = (what: string, answer: RestAnswer) => {
      if (answer.status === 401 || answer.status === 403 || answer.status >= 500)
        refused.push(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    };
    for (const [rid, token] of this.rooms) await api.call('POST', 'livechat/room.close', { body: { rid, token } });
    for (const id of this.visitorIds) {
      const { body } = await api.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: id } });
      if (body?.contact?.token) this.tokens.add(body.contact.token);
    }
    for (const token of this.tokens) {
      const { body } = await api.call('GET', `livechat/visitor/${encodeURIComponent(token)}`);
      if (body?.visitor?.contactId) this.profiles.add(body.visitor.contactId);
      check(`visitor ${token}`, await api.call('DELETE', `livechat/visitor/${encodeURIComponent(token)}`));
    }
    for (const contactId of this.profiles)
      check(
        `contact ${contactId}`,
        await api.call('POST', 'omnichannel/contacts.delete', { auth: admin, body: { contactId } }),
      );
    for (const userId of this.users)
      check(`user ${userId}`, await api.call('POST', 'users.delete', { auth: admin, body: { userId } }));
    if (refused.length) throw new Error(`Could not remove the test's data:\n${refused.join('\n')}`);
  }

  get isEmpty(): boolean {
    return !this.profiles.size && !this.tokens.size && !this.visitorIds.size && !this.users.size;
  }
}
