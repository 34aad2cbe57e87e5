import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { capabilitiesOf } from '@/lib/capabilities';
import { renderWithProviders } from '@/test/render';
import { serverCall, signInToTestServer } from '@/test/server';
import type { ContactProfile } from '../../api/wire';
import { ProfileForm } from './profile-form';

// The editing core, rendered in a real form against the in-memory server (the e2e specs cover the same rules from
// the browser; these run in a second and pin the core's own decisions).
let server: Awaited<ReturnType<typeof signInToTestServer>>;
beforeEach(async () => {
  server = await signInToTestServer();
});

const unique = () => crypto.randomUUID().slice(0, 8);

async function createProfile(body: Record<string, unknown>): Promise<ContactProfile> {
  const created = await serverCall(server.auth, 'POST', 'omnichannel/contacts', { emails: [], phones: [], ...body });
  const { contactId } = created.body as { contactId: string };
  const read = await serverCall(server.auth, 'GET', `omnichannel/contacts.get?contactId=${contactId}`);
  return (read.body as { contact: ContactProfile }).contact;
}

function renderForm(profile: ContactProfile | null) {
  const onSaved = vi.fn();
  renderWithProviders(
    <ProfileForm
      profile={profile}
      fields={[]}
      allFields={[]}
      capabilities={capabilitiesOf('7.11.0')}
      region="US"
      cancelHref="/"
      onSaved={onSaved}
    />,
  );
  return onSaved;
}

const type = (name: string, value: string) =>
  fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });
const saves = () => server.sent.filter((request) => request.method === 'POST');

describe('ProfileForm on the editing core', () => {
  it('sends only the fields that changed, so another person’s change to another field survives', async () => {
    const profile = await createProfile({ name: `Ana ${unique()}`, phones: ['+12015550123'] });
    const onSaved = renderForm(profile);
    type('Name', 'Ana Renamed');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(profile._id));
    expect(saves().map((request) => [request.path, request.body])).toEqual([
      ['omnichannel/contacts.update', { contactId: profile._id, name: 'Ana Renamed' }],
    ]);
  });

  it('saves when the duplicate check cannot be made, and says the check was not made', async () => {
    server.stand((request) =>
      request.path === 'omnichannel/contacts.checkExistence'
        ? new Response('{"success":false,"error":"boom"}', { status: 500 })
        : undefined,
    );
    const onSaved = renderForm(null);
    type('Name', `Unchecked ${unique()}`);
    fireEvent.click(screen.getByRole('button', { name: 'Add email' }));
    type('Email', `unchecked.${unique()}@example.com`);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/could not be checked/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(saves().map((request) => request.path)).toEqual(['omnichannel/contacts']);
  });

  it('refuses a known duplicate at save, before the check while typing has answered', async () => {
    const email = `taken.${unique()}@example.com`;
    await createProfile({ name: 'Owner', emails: [email] });
    const onSaved = renderForm(null);
    type('Name', 'Second');
    fireEvent.click(screen.getByRole('button', { name: 'Add email' }));
    type('Email', email);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.click(save);
    // The submit path has run when it puts the focus back on the value it refused.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Email already exists/);
    expect(saves()).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
