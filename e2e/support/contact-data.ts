import { unique, uniqueToken, type Credentials, type RestClient } from './rest.ts';

/**
 * A contact with one custom-field conflict, made Rocket.Chat's way: a visitor sets a new field (`livechat/custom.field`,
 * overwrite), opens a conversation (which makes the contact), then sets it again with overwrite false, which on a
 * contact that has a value records a conflict. The contact page and the detail specs both start from it.
 */
export async function contactWithCustomFieldConflict(
  api: RestClient,
  admin: Credentials,
  options: { fieldPrefix: string; name: string },
) {
  const field = unique(options.fieldPrefix);
  const label = `Loyalty ${field}`;
  await api.saveCustomField(admin, { field, label });
  const token = uniqueToken();
  const visitorId = await api.createLivechatVisitor({ token, name: options.name });
  await api.setLivechatCustomField(token, field, 'first-value', true);
  await api.openRoom(token);
  const contactId: string = (await api.getVisitor(admin, visitorId)).contactId;
  await api.setLivechatCustomField(token, field, 'second-value', false);
  return { field, label, token, visitorId, contactId };
}
