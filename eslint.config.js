import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/** Import boundaries of architecture.md §2: features never import app/ or each other; src/ and server/ never meet. */
const features = ['auth', 'contacts'];
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/app/*', '**/app/*'], message: 'Features never import app/.' },
          ...features
            .filter((other) => other !== feature)
            .map((other) => ({ group: [`@/features/${other}/*`], message: 'Features never import each other.' })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'playwright-report', 'test-results', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/*'], message: 'The app never imports the server.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // React's raw-HTML prop (its name starts with "dangerously"): never, whatever the data.
          selector: 'JSXAttribute[name.name=/^dangerously/]',
          message: 'Server data is rendered as text only.',
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['server/**/*.ts', 'scripts/**', 'e2e/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/*', '@/*'], message: 'The server never imports the app.' }] },
      ],
    },
  },
  {
    // Tests read JSON bodies as the loose shapes they are.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'server/test-support/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Playwright fixtures must destructure their first argument, even when they need nothing from it.
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'describe', 'it'], package: 'node:test' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
