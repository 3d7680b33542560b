// The Dear ImGui page's shell (imgui.html), run before imgui.js: the
// `Module` Emscripten's runtime reads, the loading line, and offline use with
// its new-version banner (public/offline.js). A classic script, bundled by
// web/build-site.mjs, so the page needs no inline script and keeps its CSP.
import { keepOffline, showUpdateNotice } from '../public/offline.js';

const canvas = document.getElementById('canvas');
const loading = document.getElementById('loading');

globalThis.Module = {
  canvas,
  onRuntimeInitialized() {
    loading.remove();
  },
};
canvas.addEventListener('contextmenu', (event) => event.preventDefault());
// The "JS version" link follows the scenario in the address bar.
loading.querySelector('a').href = `index.html${location.search}`;

keepOffline({ onUpdate: (activate) => showUpdateNotice(document.getElementById('update-banner'), activate) });
