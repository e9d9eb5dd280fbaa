// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { layerRules } from './build/scripts/layer-rules.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Formatters are built once, in lib/format.ts (building one costs far more than formatting with it).
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl']",
          message:
            'Take Intl formatters from renderer/src/lib/format.ts (dateTimeFormat, numberFormat, collator).',
        },
      ],
    },
  },
  { files: ['renderer/src/lib/format.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    // GNOME Shell extensions (GJS): the Shell calls their top-level init/enable/disable, and the shared core is
    // concatenated with an entry point, so "unused" top-level functions are in use
    files: [
      'build/gnome-shell-extension/core.js',
      'build/gnome-shell-extension/legacy.js',
      'test/fixtures/gnome-test-helper/**/*.js',
    ],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { vars: 'local', varsIgnorePattern: '^_' }] },
  },
  ...layerRules,
);
