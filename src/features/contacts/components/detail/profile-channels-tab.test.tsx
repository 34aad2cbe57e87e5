import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { ChannelItem } from './profile-channels-tab';

// The local server has no contacts.block (an enterprise endpoint), so the end-to-end tests cannot block a channel:
// the blocked state is checked here, from the shape contacts.channels sends.
describe('ChannelItem', () => {
  it('says in words that a WhatsApp channel is blocked, and when it was last used', () => {
    renderWithProviders(
      <ul>
        <ChannelItem
          channel={{
            name: 'WhatsApp Business',
            blocked: true,
            verified: false,
            visitor: { visitorId: 'v1', source: { type: 'app', id: 'whatsapp' } },
            details: { type: 'app', id: 'whatsapp', label: 'WhatsApp Business' },
            lastChat: { _id: 'r1', ts: new Date(Date.now() - 3 * 24 * 3600_000).toISOString() },
          }}
        />
      </ul>,
    );
    const item = screen.getByRole('listitem', { name: 'WhatsApp: WhatsApp Business' });
    expect(item).toHaveTextContent('Blocked: this channel cannot start conversations');
    expect(item).toHaveTextContent('Last used: 3 days ago');
    expect(screen.getByRole('link', { name: 'WhatsApp Business (open visitor)' })).toHaveAttribute(
      'href',
      '/visitors/v1',
    );
  });

  it('says "Not blocked", and "None" for a channel never used', () => {
    renderWithProviders(
      <ul>
        <ChannelItem channel={{ name: 'sms', blocked: false, details: { type: 'sms' } }} />
      </ul>,
    );
    const item = screen.getByRole('listitem', { name: 'SMS: sms' });
    expect(item).toHaveTextContent('Not blocked');
    expect(item).toHaveTextContent('Last used: None');
  });
});
