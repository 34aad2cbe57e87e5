/**
 * The Rocket.Chat permission ids this app checks or names (rocketchat-api.md §4). One type, so a misspelt id is a
 * compile error rather than a control that is never shown.
 */
export type Permission =
  | 'view-l-room'
  | 'view-livechat-contact'
  | 'view-livechat-contact-history'
  | 'create-livechat-contact'
  | 'update-livechat-contact'
  | 'delete-livechat-contact'
  | 'view-livechat-manager'
  | 'transfer-livechat-guest'
  | 'edit-omnichannel-contact';
