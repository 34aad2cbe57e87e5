import { unique, uniqueToken, type Credentials, type RestClient } from './rest.ts';

export interface DirectoryData {
  /** In every name of this set, so a search for it lists exactly the set. */
  tag: string;
  /** Known contacts without conversations, "Dirk <tag> 01" … "Dirk <tag> 30". */
  plain: number;
  /** Known contacts with a conversation and a name conflict; `second` chatted last. */
  first: string;
  second: string;
  /** An unknown contact, made by a conversation with nobody's contact. */
  unknownName: string;
}

/**
 * 30 plain contact profiles, two that chatted (one after the other, each with a name conflict from a second visitor
 * with the same email) and one unknown contact: 32 known contacts under one tag, sorted by name 01…30 then the two.
 */
export async function seedDirectory(api: RestClient, admin: Credentials): Promise<DirectoryData> {
  const tag = unique('dir');
  const plain = 30;
  await Promise.all(
    Array.from({ length: plain }, (_, i) =>
      api.createProfile(admin, {
        name: `Dirk ${tag} ${String(i + 1).padStart(2, '0')}`,
        emails: [`dirk.${i + 1}.${tag}@example.com`],
        phones: [`+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`],
      }),
    ),
  );
  const chatted = async (label: string) => {
    const name = `Dirk ${tag} Chat ${label}`;
    const email = `dirk.${label.toLowerCase()}.${tag}@example.com`;
    await api.createProfile(admin, { name, emails: [email] });
    const token = uniqueToken();
    await api.registerVisitorContact(admin, { token, name: `Visitor ${label} ${tag}`, email });
    await api.openRoom(token);
    return name;
  };
  const first = await chatted('First');
  const second = await chatted('Second');
  const unknownName = `Dirk ${tag} Unknown`;
  const token = uniqueToken();
  await api.createLivechatVisitor({ token, name: unknownName });
  await api.openRoom(token);
  return { tag, plain, first, second, unknownName };
}

/** The same shape on a 6.x server, with visitor contacts: 30 plain ones and two that chatted, one after the other. */
export async function seedVisitorDirectory(api: RestClient, admin: Credentials) {
  const tag = unique('vdir');
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      api.registerVisitorContact(admin, {
        name: `Vera ${tag} ${String(i + 1).padStart(2, '0')}`,
        email: `vera.${i + 1}.${tag}@example.com`,
      }),
    ),
  );
  const chatted = async (label: string) => {
    const token = uniqueToken();
    const name = `Vera ${tag} Chat ${label}`;
    await api.registerVisitorContact(admin, { token, name });
    await api.openRoom(token);
    return name;
  };
  const first = await chatted('First');
  const second = await chatted('Second');
  return { tag, first, second, firstEmail: `vera.1.${tag}@example.com` };
}
