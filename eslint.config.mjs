import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// exceljs is a development dependency (the tests' oracle, the benchmark floor in scripts/): src/ writes with
// src/adapters/xlsx/sml and reads with src/adapters/xlsx/reader (test/build/runtime-deps.test.ts checks it too).
const EXCELJS = {
  name: 'exceljs',
  message: 'exceljs is a dev dependency: use src/adapters/xlsx (sml to write, reader to read) instead.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'artifacts/**', '*.config.js', 'bin/**'] },
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({
    ...c,
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
  })),
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // The scripts run compiled from lib/scripts/: a runtime import of src/ would point into lib/ wrongly (they load the
  // compiled app with fromLib, typed by `import type` from src/), and test code stays out of them.
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              allowTypeImports: true,
              message:
                'scripts/ imports only types from src/: load the compiled code with fromLib (scripts/lib/root.ts).',
            },
            { group: ['**/test/**'], message: 'scripts/ may not import test code (tests may import scripts).' },
          ],
        },
      ],
    },
  },
  // The house reads one way: core ← adapters ← {functions, cli, taskpane} (test/build/layers.test.ts checks the
  // whole graph, cycles included). No layer of src/ imports exceljs.
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [EXCELJS],
          patterns: [
            {
              group: ['**/taskpane/**', '**/cli/**', '**/functions/**'],
              message:
                'src/adapters sits below the pane, the CLI and the functions: move the shared piece to src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [EXCELJS],
          patterns: [
            {
              group: ['**/taskpane/**', '**/cli/**'],
              message: 'src/functions may use src/core and src/adapters only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [EXCELJS],
          patterns: [{ group: ['**/taskpane/**'], message: 'The CLI may not import the task pane.' }],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [EXCELJS], patterns: [{ group: ['**/cli/**'], message: 'The task pane may not import the CLI.' }] },
      ],
    },
  },
  {
    // Office.js habits (Microsoft's eslint-plugin-office-addins rules, without its prettier/recommended bundle):
    // load before read, sync after load and before read, no context.sync() in a loop, isNullObject for null tests.
    files: ['src/adapters/office/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The core is pure: no host, no UI, no file I/O (architecture.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                'fs',
                'node:*',
                'path',
                'child_process',
                '**/adapters/**',
                '**/taskpane/**',
                '**/cli/**',
                '**/functions/**',
              ],
              message: 'src/core is pure: no host, UI, I/O or outer-layer imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'CustomFunctions', 'process', 'window', 'document'],
    },
  },
);
