import { Button } from '@mantine/core';
import { Link } from 'wouter';
import { useCan } from '@/lib/use-can';
import { messages } from '../../messages';

/** "New contact": registers a visitor contact, starting from `query` (email, phone, region, cf.<id>) when given. */
export function NewContactButton({ query = '', size = 'sm' }: { query?: string; size?: 'xs' | 'sm' }) {
  // The register form saves through POST omnichannel/contact, which needs view-l-room.
  if (useCan('view-l-room') !== 'yes') return null;
  return (
    <Button component={Link} href={`/visitors/new${query ? `?${query}` : ''}`} variant="default" size={size}>
      {messages.newContact}
    </Button>
  );
}
