import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { visitorSchema, type Visitor } from './wire';

const visitorAnswer = z.object({ contact: z.nullable(visitorSchema) });

/** One `contact.search` request: every condition must hold. */
export interface VisitorSearchParams {
  email?: string;
  phone?: string;
  /** fieldId -> text the value must contain */
  custom?: Record<string, string>;
}

/** `GET omnichannel/contact.search`: the first visitor matching all conditions, or null. `custom` is JSON. */
export async function searchVisitor(params: VisitorSearchParams, signal?: AbortSignal): Promise<Visitor | null> {
  const custom = params.custom && Object.keys(params.custom).length ? JSON.stringify(params.custom) : undefined;
  const json = await apiRequest('omnichannel/contact.search', {
    query: { email: params.email, phone: params.phone, custom },
    signal,
  });
  return parseResponse(visitorAnswer, json, 'contact search').contact;
}

/** `GET omnichannel/contact?contactId=`: null when Rocket.Chat has no (enabled) visitor with that id. */
export async function fetchVisitor(id: string, signal?: AbortSignal): Promise<Visitor | null> {
  const json = await apiRequest('omnichannel/contact', { query: { contactId: id }, signal });
  return parseResponse(visitorAnswer, json, 'contact').contact;
}

export interface RegisterVisitorBody {
  token: string;
  name: string;
  email?: string;
  phone: string;
  customFields: Record<string, string>;
  contactManager?: { username: string };
}

/** `POST omnichannel/contact`: registers or updates the visitor with that token; answers its id. */
export async function registerVisitor(body: RegisterVisitorBody): Promise<string> {
  const json = await apiRequest('omnichannel/contact', { method: 'POST', body });
  return parseResponse(z.object({ contact: z.string() }), json, 'saving the contact').contact;
}
