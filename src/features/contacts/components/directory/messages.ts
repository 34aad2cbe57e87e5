/** Strings of the contact directory (the signed-in home); Rocket.Chat's wording where it has one. */
export const directoryMessages = {
  title: 'Contact Center',
  documentTitle: 'Contacts',
  directoryTab: 'Directory',
  advancedTab: 'Advanced search',
  screenNav: 'Ways to find a contact',
  /** The table's accessible name, as Rocket.Chat's Contact Center names its table. */
  tableName: 'Omnichannel Contact Center Contacts',
  searchLabel: 'Search',
  searchPlaceholder: 'Name, email or phone',
  /** What each server matches: contacts.search (7.1+) looks inside name, emails and phones; visitors.search (6.x)
   * inside name and username, but wants the whole email or phone. */
  searchHint: (source: 'contacts' | 'visitors') =>
    source === 'contacts'
      ? 'Any part of a name, email or phone.'
      : 'Any part of a name or username, or a whole email or phone.',
  /** Hidden on touch screens, which have no keyboard to press it on. */
  searchKeys: 'Press / to come back here, ↓ to move to the contacts.',
  whichContacts: 'Contacts to list',
  known: 'Known contacts',
  unknown: 'Unknown contacts',
  unknownHint: 'Unknown contacts were created from conversations and are not on the contact list yet.',

  // Columns (Rocket.Chat's labels)
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  contactManager: 'Contact Manager',
  lastChat: 'Last Chat',
  channels: 'Channels',
  actions: 'Actions',
  sortBy: (column: string) => `Sort by ${column}`,
  conflicts: (count: number) => (count === 1 ? '1 conflict' : `${count} conflicts`),
  conflictsHint: 'Rocket.Chat received different values for some fields; review them on the contact page.',
  noValue: '—',
  never: 'Never',

  // Delete (Rocket.Chat's RemoveContactModal wording)
  moreActions: 'More actions',
  deleteItem: 'Delete',
  deleteTitle: 'Delete Contact',
  deleteBody: (name: string, channels: number) =>
    `Are you sure you want to delete ${name}${channels > 0 ? ` and its ${channels === 1 ? 'channel' : `${channels} channels`}` : ''}? It disappears from the directory and from searches, and cannot be restored here. Type "delete" to confirm.`,
  /** The word to type, exactly, as Rocket.Chat asks for the lower-case translation of "Delete". */
  deleteWord: 'delete',
  confirmRemoval: 'Confirm contact removal',
  deleteConfirm: 'Delete',
  cancel: 'Cancel',
  deleted: 'Contact has been deleted',
  notDeleted: (name: string) => `${name} was not deleted`,
  cannotDeleteBefore: 'Rocket.Chat requires the permission ',
  cannotDeleteAfter: ' to delete contacts.',

  // Paging
  total: (count: number) => (count === 1 ? '1 contact' : `${count.toLocaleString()} contacts`),
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  pageSize: 'Contacts per page',
  previous: 'Previous page',
  next: 'Next page',
  paging: 'Pages',

  // States
  loading: 'Loading contacts',
  updating: 'Updating the list',
  emptyTitle: 'No contacts yet',
  emptyBody: 'Add contacts to find them here, or they arrive with conversations.',
  noResultsTitle: 'No results found',
  noResultsBody: (text: string) => `No contact has "${text}" in its name, email or phone.`,
  tryAdvanced: 'Try the advanced search',
  pastLastTitle: (page: number) => `There is no page ${page}`,
  pastLastBody: (total: number) => `The directory has ${total.toLocaleString()} matching contacts on fewer pages.`,
  firstPage: 'Go to the first page',
  loadFailed: 'Could not load the contacts',
  cannotList: "You don't have permission to list contacts",
  fellBack: (what: string) => `This link's ${what} cannot be shown, so the directory shows its first page by name.`,
  refused: (reason: string) =>
    `Rocket.Chat refused this link's page or sort (${reason}), so the directory shows its first page by name.`,
  noticeTitle: 'Showing the default view',
  dismiss: 'Dismiss',
} as const;
