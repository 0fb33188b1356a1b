import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import noImportCycle from './eslint/no-import-cycle.js'

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
    // No import cycles between our modules (type-only and dynamic imports count too).
    files: ['src/**/*.ts'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' }
  },
  // The layers, arrows pointing down only: front doors (src/cli, src/action) -> run layer
  // (src/session) -> src/cluster, src/providers, src/reporters -> src/engine. Only src/action
  // imports @actions/*.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/index.ts', 'src/post.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'only src/action imports @actions/*' },
            { group: ['**/action/**'], message: 'nothing imports the action front door' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/session/**', 'src/cluster/**', 'src/providers/**', 'src/reporters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'only src/action imports @actions/*' },
            {
              group: ['**/action/**', '**/cli/**', '**/cli.ts', '**/demo/**'],
              message: 'layers below the front doors do not import them'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/cluster/**', 'src/providers/**', 'src/reporters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'only src/action imports @actions/*' },
            {
              group: ['**/action/**', '**/cli/**', '**/cli.ts', '**/demo/**'],
              message: 'layers below the front doors do not import them'
            },
            {
              group: ['**/session/**'],
              message: 'the run layer sits above clusters, providers and reporters'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'only src/action imports @actions/*' },
            {
              group: [
                '**/action/**',
                '**/cli/**',
                '**/cli.ts',
                '**/demo/**',
                '**/session/**',
                '**/cluster/**',
                '**/providers/**',
                '**/reporters/**'
              ],
              message:
                'the engine is pure: it imports no provider, cluster, reporter, run-layer or front-door code'
            },
            { group: ['@kubernetes/*'], message: 'the engine knows nothing of Kubernetes' }
          ]
        }
      ]
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
