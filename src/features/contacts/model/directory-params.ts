/**
 * The directory as the URL holds it: `/?q=davis&sort=-lastChat&page=2&size=50&contacts=unknown`. Defaults are left
 * out, so the plain home is `/`. Whatever a hand-edited URL holds that the directory does not offer is replaced by
 * the default and named in `rejected`, so the screen can say what it did instead.
 */
export type DirectorySortKey = 'name' | 'lastChat';
export interface DirectorySort {
  key: DirectorySortKey;
  direction: 'asc' | 'desc';
}

export interface DirectoryParams {
  text: string;
  sort: DirectorySort;
  /** 1-based. Not checked against the total: the server answers an empty page, the screen offers the first. */
  page: number;
  size: PageSize;
  /** Rocket.Chat's "Unknown contacts" (7.1+): contacts made from conversations that nobody has confirmed yet. */
  unknown: boolean;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** As Rocket.Chat's Contact Center opens: by name, ascending, 25 a page. Last chat starts with the newest. */
export const DEFAULT_SORT: DirectorySort = { key: 'name', direction: 'asc' };
export const FIRST_DIRECTION: Record<DirectorySortKey, DirectorySort['direction']> = { name: 'asc', lastChat: 'desc' };
const DEFAULT_SIZE: PageSize = 25;

export type RejectedParam = 'sort' | 'page' | 'size';

const isPageSize = (value: number): value is PageSize => (PAGE_SIZES as readonly number[]).includes(value);

function parseSort(raw: string | null): DirectorySort | undefined {
  if (raw === null) return DEFAULT_SORT;
  const desc = raw.startsWith('-');
  const key = desc ? raw.slice(1) : raw;
  if (key !== 'name' && key !== 'lastChat') return undefined;
  return { key, direction: desc ? 'desc' : 'asc' };
}

export function parseDirectoryParams(search: string): { params: DirectoryParams; rejected: RejectedParam[] } {
  const query = new URLSearchParams(search);
  const rejected: RejectedParam[] = [];
  const sort = parseSort(query.get('sort'));
  if (!sort) rejected.push('sort');
  const rawPage = query.get('page');
  // Any whole number goes to the server, which decides (a page before the first is refused there, as Rocket.Chat
  // refuses a negative offset); text is not a page at all.
  const page = rawPage === null ? 1 : /^-?\d{1,6}$/.test(rawPage) ? Number(rawPage) : undefined;
  if (page === undefined) rejected.push('page');
  const rawSize = query.get('size');
  const size = rawSize === null ? DEFAULT_SIZE : Number(rawSize);
  const sizeOk = isPageSize(size);
  if (!sizeOk) rejected.push('size');
  return {
    params: {
      text: query.get('q') ?? '',
      sort: sort ?? DEFAULT_SORT,
      page: page ?? 1,
      size: sizeOk ? size : DEFAULT_SIZE,
      unknown: query.get('contacts') === 'unknown',
    },
    rejected,
  };
}

export function directoryToSearch(params: DirectoryParams): string {
  const query = new URLSearchParams();
  if (params.text) query.set('q', params.text);
  if (params.sort.key !== DEFAULT_SORT.key || params.sort.direction !== DEFAULT_SORT.direction)
    query.set('sort', `${params.sort.direction === 'desc' ? '-' : ''}${params.sort.key}`);
  if (params.page !== 1) query.set('page', String(params.page));
  if (params.size !== DEFAULT_SIZE) query.set('size', String(params.size));
  if (params.unknown) query.set('contacts', 'unknown');
  return query.toString();
}

/** The directory's first page of the same search: what a refused sort or page falls back to. */
export const withDefaults = (params: DirectoryParams): DirectoryParams => ({
  ...params,
  sort: DEFAULT_SORT,
  page: 1,
  size: DEFAULT_SIZE,
});

/** Rocket.Chat's JSON sort for the column: `name`, or `lastChat.ts` (ContactTable.tsx sorts on these keys). */
export function serverSort(sort: DirectorySort): string {
  const field = sort.key === 'name' ? 'name' : 'lastChat.ts';
  return JSON.stringify({ [field]: sort.direction === 'asc' ? 1 : -1 });
}
