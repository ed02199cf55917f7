// Lint, including the import-boundary rules of ARCHITECTURE.md:
// - the pure core (model, rules, solar, load, balance, economics, carbon, sharing, scenario,
//   geo, and the API contract files) imports no Node built-in, no Electron, no SQLite/exceljs,
//   and nothing from io/store/api implementations, renderer or electron;
// - core/io, core/store, core/api never import renderer/ or electron/;
// - renderer/ imports only the API contract and pure core, never electron/, store, io or Node;
// - nothing imports renderer/ or electron/.
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';

const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'http', 'https', 'net', 'crypto', 'zlib', 'child_process', 'worker_threads', 'stream', 'util', 'events', 'buffer', 'perf_hooks', 'readline'];
const nodeBuiltinPatterns = [
  { group: ['node:*'], message: 'The pure core and the renderer may not use Node built-ins.' },
  ...NODE_BUILTINS.map((m) => ({ group: [m, `${m}/*`], message: 'The pure core and the renderer may not use Node built-ins.' })),
];
const hostPatterns = [
  { group: ['**/renderer/**', '**/renderer'], message: 'Nothing imports the renderer.' },
  { group: ['**/electron/**', 'electron'], message: 'Only electron/ imports Electron.' },
];
const impurePatterns = [
  { group: ['better-sqlite3', 'exceljs'], message: 'Only core/io and core/store use SQLite and exceljs.' },
  { group: ['**/core/io/**', '**/core/store/**', '**/io/*', '**/store/*'], message: 'The pure core may not import io or store.' },
  { group: ['**/api/service', '**/api/http-server', '**/api/host-setup', '**/api/recent-projects', '**/api/demo-project', '**/api/args'], message: 'The pure core may not import API implementations.' },
];

const PURE = ['core/model', 'core/rules', 'core/solar', 'core/wind', 'core/load', 'core/balance', 'core/economics', 'core/carbon', 'core/sharing', 'core/scenario', 'core/geo'].flatMap((d) => [`${d}/**/*.ts`]);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: [...PURE, 'core/api/contract.ts', 'core/api/operations.ts', 'core/api/errors.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeBuiltinPatterns, ...hostPatterns, ...impurePatterns] }] },
  },
  {
    files: ['core/io/**/*.ts', 'core/store/**/*.ts', 'core/api/**/*.ts', 'cli/**/*.ts', 'bench/**/*.ts'],
    ignores: ['core/api/contract.ts', 'core/api/operations.ts', 'core/api/errors.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: hostPatterns }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Nothing imports the renderer.' }, { group: ['**/core/store/**', '**/core/io/**'], message: 'electron/ talks to core/api only.' }] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['**/electron/**', 'electron'], message: 'The renderer never sees Electron.' },
            { group: ['better-sqlite3', 'exceljs', '**/core/store/**', '**/core/io/**'], message: 'The renderer reaches the core only through CoreApi.' },
            { group: ['**/api/service', '**/api/http-server', '**/api/host-setup', '**/api/recent-projects', '**/api/demo-project', '**/api/args'], message: 'The renderer uses the CoreApi contract, not its implementation.' },
          ],
        },
      ],
    },
  },
);
