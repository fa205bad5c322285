// Lint rules for the project's TypeScript and scripts (ESLint flat config with typescript-eslint).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test/fixtures/', 'test/corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      // Escaping and sanitising code matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['scripts/**', 'bin/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
