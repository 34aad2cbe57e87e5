import { t } from '@/i18n/translator';
import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { CustomField } from '../../api/wire';
import { describeCriteria } from '../../model/describe-criteria';
import { parseCriteria } from '../../model/search-criteria';

interface RecentSearchesProps {
  searches: string[];
  fields: CustomField[];
  onClear: () => void;
}

export function RecentSearches({ searches, fields, onClear }: RecentSearchesProps) {
  if (searches.length === 0) return null;
  return (
    <nav aria-labelledby="recent-searches-title">
      <Group justify="space-between">
        <Text id="recent-searches-title" fw={600} size="sm">
          {t('contacts.recentTitle')}
        </Text>
        <Button variant="subtle" size="compact-xs" onClick={onClear}>
          {t('contacts.clearRecent')}
        </Button>
      </Group>
      <List size="sm">
        {searches.map((search) => (
          <List.Item key={search}>
            <Anchor component={Link} href={`/search?${search}`}>
              {describeCriteria(parseCriteria(search, 'US'), fields).join(' · ')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </nav>
  );
}
