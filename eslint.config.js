// ESLint flat config: the recommended rules on every JavaScript file of the
// repository, with the globals of the environment each folder runs in.
// Formatting is Prettier's job (.prettierrc.json); `npm run lint` runs both.
import js from '@eslint/js';
import globals from 'globals';

export default [
  // Generated and vendored code (ESLint skips node_modules/ by itself).
  { ignores: ['build/', 'third_party/'] },
  js.configs.recommended,
  {
    // The page's modules; engine-worker.js runs in a Web Worker.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['public/engine-worker.js'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    // inmail.js runs in pages, workers and Node 20; the .mjs files are Node scripts.
    files: ['web/inmail.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker, ...globals.node } },
  },
  {
    // embed.js runs in other sites' pages; imgui-shell.js is the ImGui page's.
    files: ['web/embed.js', 'ui/imgui-shell.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['web/**/*.mjs', 'scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node scripts and tests that drive Chromium: the functions they hand to
    // page.evaluate() run in the page.
    files: ['scripts/**/*.mjs', 'tests/browser/**/*.mjs', 'tests/js/browser.mjs', 'tests/js/imgui-driver.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Emscripten's --pre-js for the ImGui page: a classic script concatenated
    // into imgui.js, where its top-level functions are called from EM_JS code
    // (browser.cpp) and the runtime's helpers below are in scope.
    files: ['ui/browser_pre.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, _malloc: 'readonly', lengthBytesUTF8: 'readonly', stringToUTF8: 'readonly' },
    },
    rules: { 'no-unused-vars': ['error', { vars: 'local' }] },
  },
];
