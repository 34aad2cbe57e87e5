/** Strings of the contact page's identity header, channels and transcripts (the rest are in `../../messages.ts`). */
export const pageMessages = {
  // Identity header
  identity: 'Contact summary',
  knownContact: 'Known contact',
  unknownContact: 'Unknown contact',
  primary: 'primary',
  primaryValue: (value: string) => `${value} (primary)`,
  actions: 'Actions',
  neverChatted: 'No conversation yet',
  exactTimeHint: 'Exact time',

  // Channels
  lastUsed: 'Last used',
  blockedInWords: 'Blocked: this channel cannot start conversations',
  notBlocked: 'Not blocked',
  notVerified: 'Not verified',
  channelOf: (source: string, name: string) => `${source}: ${name}`,

  /** Around the permission's name, like the other disabled controls' reasons. */
  cannotSeeHistoryBefore: "You can't open the history: Rocket.Chat requires the permission ",

  // History and transcripts
  openConversation: (when: string) => `Open conversation closed ${when}`,
  conversationOf: (when: string) => `Conversation closed ${when}`,
  transcriptTitle: 'Conversation',
  transcriptLabel: 'Messages of this conversation',
  backToHistory: 'Back to history',
  transcriptFailed: 'Could not load the conversation',
  transcriptKept: 'The history is still below.',
  cannotSeeTranscript: "You don't have permission to read this conversation",
  loadingTranscript: 'Loading messages',
  loadMore: 'Load more messages',
  transcriptShowing: (shown: number, total: number) => `Showing ${shown} of ${total} messages`,
  noMessages: 'This conversation has no messages.',
  visitorRole: 'Visitor',
  agentRole: 'Agent',
  closedByWho: (who: string) => `Conversation closed by ${who}`,
  closingComment: (comment: string) => `Comment: ${comment}`,
  started: 'Conversation started',
  systemMessage: (type: string) => `System message (${type})`,
  someone: 'someone',

  // Conflict notice on small screens
  showConflicts: 'Show conflicts',
  hideConflicts: 'Hide conflicts',
} as const;
