import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'chaos-journals/**', 'parity/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-console': 'error'
    }
  },
  {
    // The engine, providers and reporters know nothing of GitHub.
    files: [
      'src/engine/**',
      'src/providers/**',
      'src/reporters/**',
      'src/cluster/**',
      'src/cli.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '**/action/**'] }]
    }
  },
  {
    files: [
      'src/cli.ts',
      'scripts/**',
      'bench/**',
      'parity/**',
      '__tests__/**',
      '__fixtures__/**',
      'src/demo/**'
    ],
    rules: { 'no-console': 'off' }
  },
  {
    // node:test's test()/describe() return promises the runner awaits itself.
    files: ['__tests__/**', 'parity/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' }
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked }
)
