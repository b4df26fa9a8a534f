// Lint rules, including the architecture's import boundaries: a rule here is a boundary that
// holds, where a comment would only describe it. tests/unit/architecture/ plants a violation
// of each boundary and checks that this config refuses it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages and folders the content script must never pull in: it runs inside web pages. */
const CONTENT_SCRIPT_FORBIDDEN = [
  { group: ['zod', 'zod/*'], message: 'The content script ships without Zod: validate in the background.' },
  { group: ['dexie', 'dexie-react-hooks'], message: 'The content script never opens IndexedDB: ask the background.' },
  { group: ['**/utils/db', '**/utils/db/*'], message: 'The content script never opens IndexedDB: ask the background.' },
  { group: ['react', 'react-dom', 'react-dom/*'], message: 'The content script ships without React.' },
];

/**
 * Kept only as references for tests and the parse benchmark: shipped code reads feeds with
 * utils/feeds/xml-reader.ts and decodes references with utils/feeds/entities.ts.
 */
const REFERENCE_ONLY = {
  regex: '^(?:feedsmith|fast-xml-parser|entities)(?:/.*)?$',
  message: 'A test reference only: shipped code uses utils/feeds/xml-reader.ts and utils/feeds/entities.ts.',
};

/** What shared code may not depend on: utils/ is below the pages and entry points. */
const UTILS_FORBIDDEN = [
  REFERENCE_ONLY,
  {
    group: ['**/entrypoints/*', '**/entrypoints/**', '@/entrypoints/**'],
    message: 'utils/ may not import entry points.',
  },
  { group: ['**/components/*', '**/components/**', '@/components/**'], message: 'utils/ may not import components.' },
];

/** Zod comes through utils/schemas/zod.ts, which turns its eval probe off before any schema is built. */
const ZOD_DIRECT = [
  { name: 'zod', message: 'Import z from utils/schemas/zod: it sets Zod jitless before any schema exists.' },
  { name: 'zod/mini', message: 'Import z from utils/schemas/zod: it sets Zod jitless before any schema exists.' },
];

/** Pages reach IndexedDB only through utils/db (its queries) and utils/marks (the reading-mark owner). */
const PAGES_FORBIDDEN = [
  REFERENCE_ONLY,
  { group: ['dexie'], message: 'Pages read and write the database through utils/db, not Dexie directly.' },
];

/** A page that reaches into a table is a query that belongs in utils/db/queries.ts. */
const DIRECT_TABLE_ACCESS = {
  selector: "MemberExpression[object.name='db'][property.name=/^(articles|reading|feeds|pendingMarks)$/]",
  message: 'Pages read tables through utils/db/queries.ts and change marks through utils/marks.',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'public/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // WXT's auto-imports (defineContentScript, defineBackground…) are declared in .wxt/.
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['entrypoints/badges.content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CONTENT_SCRIPT_FORBIDDEN }] },
  },
  {
    files: ['utils/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ZOD_DIRECT, patterns: UTILS_FORBIDDEN }] },
  },
  {
    files: ['utils/schemas/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: UTILS_FORBIDDEN }] },
  },
  {
    files: ['components/**', 'entrypoints/newtab/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ZOD_DIRECT, patterns: PAGES_FORBIDDEN }],
      'no-restricted-syntax': ['error', DIRECT_TABLE_ACCESS],
    },
  },
);
