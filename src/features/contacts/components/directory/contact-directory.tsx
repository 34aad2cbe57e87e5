import { formatList, t } from '@/i18n/translator';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Alert, Box, CloseButton, Group, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { QueryError } from '@/components/query-error';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { isApiError } from '@/lib/api-error';
import { useCapabilities } from '@/lib/capabilities';
import { useCan } from '@/lib/use-can';
import { contactQueries } from '../../api/contact-queries';
import {
  directoryToSearch,
  parseDirectoryParams,
  withDefaults,
  type DirectoryParams,
} from '../../model/directory-params';
import type { DirectoryRow } from '../../model/directory-row';
import { DirectoryCards } from './directory-cards';
import { DirectoryPager } from './directory-pager';
import { DirectorySearchBox } from './directory-search-box';
import { DirectoryEmpty, DirectorySkeleton, PastLastPage } from './directory-states';
import { DirectoryTable } from './directory-table';
import { focusFirstRow, onRowKeys } from './row-keys';
import { RowMenu } from './row-menu';
import { useDeleteContact } from './use-delete-contact';

export interface DirectoryNavigation {
  replace?: boolean;
  /** Said above the list after the move: why the directory shows something other than the link asked for. */
  notice?: string;
}

interface ContactDirectoryProps {
  /** The URL's query string: the directory's state (see directory-params). */
  search: string;
  notice: string | undefined;
  navigate: (search: string, options?: DirectoryNavigation) => void;
  advancedHref: string;
  newContact: ReactNode;
  /** Arrived by pressing "/" elsewhere: the search box takes the focus. */
  autoFocus?: boolean;
}

/** The signed-in home: every contact, searched as you type, paged and sorted by the server. */
export function ContactDirectory(props: ContactDirectoryProps) {
  const { search, notice, navigate, advancedHref, newContact, autoFocus = false } = props;
  const { params, rejected } = useMemo(() => parseDirectoryParams(search), [search]);
  const capabilities = useCapabilities();
  const source = capabilities.data?.directory;
  // Rocket.Chat checks view-livechat-contact for contacts.search (7.x), view-l-room for visitors.search (6.x).
  const permission = source === 'visitors' ? 'view-l-room' : 'view-livechat-contact';
  const can = useCan(permission);
  // Read on the first render: a table drawn first and swapped for cards after an effect shifted the whole list on
  // a phone (layout shift 0.08, issue #10).
  const phone = useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const query = useQuery({
    ...contactQueries.directory(source ?? 'contacts', params),
    enabled: source !== undefined && can === 'yes' && rejected.length === 0,
  });

  const deletion = useDeleteContact();
  // Delete is for contact profiles, on servers with contacts.delete (7.11+); elsewhere there is no menu at all.
  const renderActions =
    source === 'contacts' && capabilities.data?.deleteContacts
      ? (row: DirectoryRow) => (
          <RowMenu
            name={row.name}
            onDelete={() => deletion.ask({ id: row.id, name: row.name, channels: row.channelCount })}
          />
        )
      : undefined;
  const go = (next: DirectoryParams, options?: DirectoryNavigation) => navigate(directoryToSearch(next), options);
  const refusal = query.error && isApiError(query.error) && query.error.status === 400 ? query.error : undefined;
  const isDefault = directoryToSearch(withDefaults(params)) === directoryToSearch(params);

  // A link whose sort, page or size the directory does not offer, or that Rocket.Chat refused: the first page by
  // name instead, saying why (never a blank screen).
  useEffect(() => {
    if (rejected.length > 0)
      navigate(directoryToSearch(withDefaults(params)), {
        replace: true,
        notice: t('directory.fellBack', { what: formatList(rejected) }),
      });
  }, [rejected, params, navigate]);
  useEffect(() => {
    if (refusal && !isDefault)
      navigate(directoryToSearch(withDefaults(params)), {
        replace: true,
        notice: t('directory.refused', { reason: refusal.serverMessage ?? String(refusal.status) }),
      });
  }, [refusal, isDefault, params, navigate]);

  if (can === 'no') return <ForbiddenNotice title={t('directory.cannotList')} permission={permission} />;

  const data = query.data;
  const dimmed = query.isPlaceholderData;
  let body: ReactNode;
  if (query.isError && !refusal) {
    body = (
      <QueryError
        error={query.error}
        title={t('directory.loadFailed')}
        onRetry={() => void query.refetch()}
        forbidden={{ title: t('directory.cannotList'), permission }}
      />
    );
  } else if (!data) {
    body = <DirectorySkeleton rows={params.size} />;
  } else if (data.rows.length === 0 && data.total > 0) {
    body = <PastLastPage page={params.page} total={data.total} onFirst={() => go({ ...params, page: 1 })} />;
  } else if (data.rows.length === 0) {
    body = <DirectoryEmpty text={params.text.trim()} advancedHref={advancedHref} newContact={newContact} />;
  } else {
    const listProps = { rows: data.rows, showChannels: source === 'contacts', renderActions };
    body = (
      <Box
        ref={listRef}
        aria-busy={dimmed}
        className={dimmed ? 'directory-list directory-dimmed' : 'directory-list'}
        onKeyDown={(event) => onRowKeys(event, () => searchRef.current?.focus())}
      >
        {phone ? (
          <DirectoryCards {...listProps} />
        ) : (
          <DirectoryTable {...listProps} sort={params.sort} onSort={(sort) => go({ ...params, sort, page: 1 })} />
        )}
      </Box>
    );
  }

  return (
    <Stack gap="sm">
      {deletion.dialog}
      {notice && (
        <Alert color="blue" title={t('directory.noticeTitle')} role="status">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{notice}</Text>
            <CloseButton aria-label={t('directory.dismiss')} onClick={() => navigate(search, { replace: true })} />
          </Group>
        </Alert>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap" className="directory-controls">
        <DirectorySearchBox
          text={params.text}
          inputRef={searchRef}
          autoFocus={autoFocus}
          source={source ?? 'contacts'}
          onText={(text) => go({ ...params, text, page: 1 }, { replace: true })}
          onArrowDown={() => focusFirstRow(listRef.current)}
        />
        {/* Its place is held (hidden) while the server's version loads, so that the list below does not move on a
            phone, where it sits on a line of its own; 6.x servers have no unknown contacts. */}
        {source !== 'visitors' && (
          <SegmentedControl
            style={source ? undefined : { visibility: 'hidden' }}
            aria-label={t('directory.whichContacts')}
            value={params.unknown ? 'unknown' : 'known'}
            onChange={(value) => go({ ...params, unknown: value === 'unknown', page: 1 })}
            data={[
              { value: 'known', label: t('directory.known') },
              { value: 'unknown', label: t('directory.unknown') },
            ]}
          />
        )}
      </Group>
      {dimmed && <VisuallyHidden role="status">{t('directory.updating')}</VisuallyHidden>}
      {body}
      {data && data.rows.length > 0 && (
        <DirectoryPager
          total={data.total}
          page={params.page}
          size={params.size}
          onPage={(page) => go({ ...params, page })}
          onSize={(size) => go({ ...params, size, page: 1 })}
        />
      )}
    </Stack>
  );
}
