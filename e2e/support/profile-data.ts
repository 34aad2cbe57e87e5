import { unique, type Credentials, type RestClient } from './rest.ts';

/**
 * A contact profile with a custom field of its own ("Plan …", set to Gold) and whatever else the test gives it: the
 * values the contact screens must show once loaded.
 */
export async function profileWithPlan(
  api: RestClient,
  admin: Credentials,
  profile: { fieldPrefix: string; name: string; emails?: string[]; phones?: string[]; contactManager?: string },
): Promise<{ contactId: string; planLabel: string }> {
  const { fieldPrefix, ...rest } = profile;
  const field = unique(fieldPrefix);
  const planLabel = `Plan ${field}`;
  await api.saveCustomField(admin, { field, label: planLabel });
  const contactId = await api.createProfile(admin, { ...rest, customFields: { [field]: 'Gold' } });
  return { contactId, planLabel };
}
