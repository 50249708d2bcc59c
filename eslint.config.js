import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The house plan's arrows, enforced: renderer -> contract (types); main/web/cli -> dispatch ->
 * services -> contract. tests/unit/architecture.test.ts proves these rules bite.
 */
/** Exact module names go in `paths` (a bare `electron` pattern would also match `../electron/…` folders). */
const restrict = (modules, globs, message) => ['error', {
  paths: modules.map((name) => ({ name, message })),
  patterns: globs.length ? [{ group: globs, message }] : [],
}];

export const architectureRules = [
  {
    files: ['electron/contract/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', 'react', 'react-dom'], ['node:*', '**/services/**', '**/dispatch', '**/web/**', '**/cli/**', '**/window/**'], 'The contract is pure TypeScript: no Node, Electron, React, nor anything above it.') },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron', 'react', 'react-dom'], ['react-dom/*', '**/renderer/**', '**/dispatch', '**/web/**', '**/cli/**', '**/window/**', '**/main', '**/boot'], 'Services are pure Node: no Electron, React, renderer or anything above them.') },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(['electron'], ['node:*', '**/electron/services/**', '**/electron/dispatch', '**/electron/web/**', '**/electron/cli/**', '**/electron/window/**'], 'Screens talk through the client; they import only contract types.') },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(['electron'], ['node:*', '**/shell/client', '**/electron/services/**', '**/electron/dispatch'], 'ui/ is presentational: it never imports the client.') },
  },
  // Screen folders do not import one another: what they share lives in base/ (loading, useCall), ui/ or the
  // contract; the shell (shell/) assembles them. The staff app's route table alone hosts the administrators' screens.
  ...screenFolderRules(),
];

/** One rule per screen folder: the renderer's own restrictions plus "no other screen folder". */
function screenFolderRules() {
  const renderer = ['node:*', '**/electron/services/**', '**/electron/dispatch', '**/electron/web/**', '**/electron/cli/**', '**/electron/window/**'];
  const folders = { kiosk: ['staff', 'admin'], staff: ['kiosk', 'admin'], admin: ['kiosk', 'staff'], base: ['kiosk', 'staff', 'admin'] };
  return Object.entries(folders).map(([folder, others]) => ({
    files: [`renderer/src/${folder}/**/*.{ts,tsx}`],
    ignores: folder === 'staff' ? ['renderer/src/staff/routes.tsx'] : [],
    rules: {
      'no-restricted-imports': restrict(['electron'], [...renderer, ...others.map((o) => `**/${o}/**`)],
        `Screens talk through the client; ${folder}/ may not import ${others.join("/, ")}/ screens (shared pieces go in base/ or ui/).`),
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  ...architectureRules,
);
