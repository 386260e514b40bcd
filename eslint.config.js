// ESLint flat config: typescript-eslint's recommended rules for src, tests and scripts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * zod/mini kinds the schemas do without: each brings its own code back into every bundle that uses it
 * (src/core/errors.ts has the stand-ins, with the same issues and JSON Schemas).
 */
const AVOIDED_ZOD_KINDS = [
  { object: 'z', property: 'superRefine', message: 'Pass a check function, `.check((ctx) => …)`: the same issues without zod/mini\'s superRefine code.' },
  { object: 'z', property: 'refine', message: 'Use refine(ok, message) from src/core/errors.ts: the same issue without zod\'s refinement class.' },
  { object: 'z', property: 'literal', message: 'Use z.enum (numbers: an object keyed by name, see SeveritySchema): zod\'s literal code is in no bundle.' },
  { object: 'z', property: 'date', message: 'zod\'s date type is in no bundle; see DateOrString in src/core/ics.ts.' },
  { object: 'z', property: 'looseObject', message: 'Use z.object (it accepts unknown keys too) unless the extra keys must be kept.' },
];

export default tseslint.config(
  // test/react-app is type-checked against the packed tarball by scripts/package-check.mjs, not here.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'storybook-static/', 'test/react-app/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a union type instead of enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces: use modules.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties: declare fields explicitly.' },
      ],
    },
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-properties': ['error', ...AVOIDED_ZOD_KINDS] } },
  {
    // The core is pure: no DOM, no clock, no randomness.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'customElements'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core takes time from its inputs.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
        ...AVOIDED_ZOD_KINDS,
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use zod/mini in code that ships to browsers (≈ 5 KB gzip where full zod costs 23).' },
            { name: 'zod/v4', message: 'Use zod/mini in code that ships to browsers.' },
          ],
          patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'The core has no Lit.' }],
        },
      ],
    },
  },
  {
    // chai's `expect(x).to.exist` is an expression by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', '*.config.{js,mjs,ts}', 'web-test-runner.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Page tests run in Node but pass callbacks to the page, where the DOM exists.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
