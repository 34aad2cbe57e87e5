/**
 * How the build groups modules into chunks (Rolldown's `output.codeSplitting.groups`). Left to automatic splitting,
 * a first view fetched 39-65 files, most under 1 kB, whose glue and separate compression cost more than they saved
 * (issue #15). Each group is named for what it holds and chosen by path, so a small edit does not reshuffle the graph;
 * a captured module's dependencies join its chunk unless a group of higher priority holds them. Each group holds what
 * one set of screens needs, so no screen downloads another's code:
 * - framework: what every first view needs, the login page included (React, wouter, use-intl, the parts of Mantine's
 *   core the login's components import and those components, the session and API client);
 * - shell: what every signed-in screen needs (TanStack Query and its cache, zod, the rest of Mantine's core, the
 *   header, the server's capabilities, the contact queries). The login page needs neither a query cache nor zod
 *   before it is submitted (issue #15: its budget is 120 kB).
 * Mantine's core is matched by shell, not framework: a group takes its modules' dependencies first, so framework,
 * of higher priority, takes what the login's components import, and shell the rest (keyboard handlers of menus...).
 * - sign-in: the login's own form and inputs (PasswordInput, Checkbox), which no other screen has;
 * - forms: the form library and the region field (the editing screens and the advanced search);
 * - editing: what both editing forms share, with the select stand-in;
 * - phone: libphonenumber-js, loaded when a phone is parsed;
 * - data-views: tables, avatars, skeletons and relative times (the directory, the contact pages);
 * - overlays: floating-ui, Popover, Tooltip, Menu, loaded when a tooltip, a menu or a select is first wanted;
 * - contact-actions: the row menu's button and delete (the directory and the contact page);
 * - form-ui: Mantine's Select and Combobox; dialog: Modal and its scroll lock (both loaded on demand).
 * Each screen's own modules stay in its route's chunk.
 */
const path = (pattern: string) => new RegExp(pattern.replaceAll('/', String.raw`[\\/]`));
const mantine = (components: string) => `@mantine/core/esm/components/(${components})/`;
const src = (modules: string) => `/src/(${modules})\\.`;

const groups: { name: string; priority: number; paths: string[] }[] = [
  {
    name: 'framework',
    priority: 11,
    paths: [
      'node_modules/(react|react-dom|scheduler|wouter|use-intl|icu-minify)/',
      // Shared by the login's own inputs (sign-in) and the signed-in screens: here, or sign-in would take them.
      '@mantine/hooks/esm/(use-merged-ref|use-uncontrolled)/',
      '@mantine/core/esm/core/MantineProvider/color-functions/get-auto-contrast-value/',
      mantine(
        'Alert|Button|Center|Group|Loader|NativeSelect|Paper|Stack|Text|TextInput|Title|VisuallyHidden|Input|' +
          'ActionIcon|CloseButton',
      ),
      src(
        'lib/(api-client|api-error|session-store|signed-in-user|paths|navigation-guard|config|' +
          'use-credentials|safe-redirect|first-paint-frame|storage-keys)|i18n/[a-z-]+|components/(page-loader|form-fields)|features/auth/api/login|' +
          'app/(use-page-title|providers|app|router|route-focus|auth-gate|guarded-location)',
      ),
    ],
  },
  {
    // The login page's own: its form and the inputs no other screen has (with the parts of Mantine's core they add).
    name: 'sign-in',
    priority: 10,
    paths: [
      mantine('Checkbox|PasswordInput'),
      src('components/password-field|features/auth/(components/[a-z-]+|login-errors)|app/routes/login'),
    ],
  },
  {
    name: 'forms',
    priority: 8,
    paths: [
      'node_modules/(react-hook-form|@hookform)/',
      src('features/contacts/(components/region-field|model/(search-criteria|email))|lib/phone-regions'),
    ],
  },
  { name: 'phone', priority: 8, paths: ['node_modules/libphonenumber-js/', src('lib/phone')] },
  {
    name: 'shell',
    priority: 9,
    paths: [
      'node_modules/(@tanstack|zod)/',
      // What of Mantine's core the login's components do not import (they take theirs into framework).
      '@mantine/core/esm/core/',
      mantine('SegmentedControl|FloatingIndicator|Code|Container|Anchor|Badge'),
      '@mantine/hooks/esm/use-hotkeys/',
      src(
        'app/(app-shell|signed-in-area|notifications-host|search-hotkey|query-provider)|' +
          'lib/(capabilities|use-can|session-queries|query-client|notify)|features/auth/api/login-response|' +
          'components/(query-error|error-boundary|forbidden-notice|use-time-reached)|' +
          'features/contacts/(api/(contact-queries|[a-z-]+-fetchers|wire|save-cache)|model/(directory-params|directory-row|format)|' +
          'components/(form/new-contact-button|detail/(permission-reason|contact-not-found)))',
      ),
    ],
  },
  {
    name: 'editing',
    priority: 5,
    // What both editing forms share, with the select stand-in the conflict review also uses.
    paths: [src('components/select-controller|features/contacts/components/form/(use-editing-core|editing-shell)')],
  },
  {
    name: 'form-ui',
    priority: 6,
    paths: [mantine('Select|Combobox'), src('components/select-now')],
  },
  {
    name: 'dialog',
    priority: 6,
    paths: [
      mantine('Modal|ModalBase'),
      'node_modules/(react-remove-scroll|react-remove-scroll-bar)/',
      src('components/use-return-focus'),
    ],
  },
  {
    name: 'overlays',
    priority: 7,
    // Floating layers; on the directory and the contact pages they load when a tooltip or a menu is first wanted.
    paths: ['node_modules/@floating-ui/', mantine('Popover|Portal|Tooltip|FocusTrap|Overlay|Menu')],
  },
  {
    name: 'data-views',
    priority: 7,
    paths: [
      mantine('ScrollArea|Table|Avatar|Skeleton'),
      '@mantine/hooks/esm/use-force-update/',
      src(
        'components/(contact-avatar|relative-time|on-demand-tooltip)|lib/relative-time|' +
          'features/contacts/(model/channel-source|components/detail/source-icon)',
      ),
    ],
  },
  {
    name: 'contact-page',
    priority: 5,
    // What a visitor's page and a contact's page share; the profile's tabs and conflicts stay with the contact page.
    paths: [src('features/contacts/components/detail/(?!profile-|conflicts|review-)[a-z-]+')],
  },
  {
    name: 'contact-actions',
    priority: 6,
    paths: [src('features/contacts/(components/directory/(use-delete-contact|row-menu)|api/delete-mutations)')],
  },
];

export const chunkGroups = groups.map(({ name, priority, paths }) => {
  const patterns = paths.map(path);
  return { name, priority, test: (id: string) => patterns.some((pattern) => pattern.test(id)) };
});
