/**
 * A test's custom field unless the test says otherwise (`customFieldData` of `livechat/custom-fields.save`): a
 * visible, searchable, optional text input on visitors, with no pattern. Definitions are global on a server, so a
 * test field stays optional lest it fail other tests' saves. The Playwright specs' REST client and the server's
 * conformance helpers both define fields from it.
 */
export const TEST_CUSTOM_FIELD = {
  scope: 'visitor',
  visibility: 'visible',
  searchable: true,
  regexp: '',
  type: 'input',
  required: false,
} as const;
