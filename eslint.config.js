// Flat config: typescript-eslint's strict type-aware rules over src/, tests/ and editors/vscode/src/ (its own tsconfig).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The extension is type-checked against @types/vscode, which only its own install provides (.ci/run does it).
const vscodeTypes = existsSync(join(import.meta.dirname, 'editors/vscode/node_modules/@types/vscode'));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'editors/vscode/out/', ...(vscodeTypes ? [] : ['editors/vscode/'])] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
);
