// The Dear ImGui page's shell (imgui.html), run before imgui.js: the
// `Module` Emscripten's runtime reads, the loading line, offline use with
// its new-version banner (public/offline.js), and money written the way the
// reader's locale writes it (public/money-format.js, as on the JS page),
// which ui/browser.cpp calls. A classic script, bundled by
// web/build-site.mjs, so the page needs no inline script and keeps its CSP.
import { formatMoney } from '../public/money-format.js';
import { keepOffline, showUpdateNotice } from '../public/offline.js';

const canvas = document.getElementById('canvas');
const intro = document.getElementById('intro');

globalThis.Module = {
  canvas,
  inmailFormatMoney: formatMoney,
  // The calculator's opaque canvas covers the introduction, which stays in
  // the page: it describes the canvas, and hiding it would withdraw the
  // page's largest contentful paint (Lighthouse then scores no performance).
  // Inert, its link leaves the tab order.
  onRuntimeInitialized() {
    intro.inert = true;
    document.getElementById('loading').hidden = true;
  },
};
canvas.addEventListener('contextmenu', (event) => event.preventDefault());
// The "JS version" link follows the scenario in the address bar.
intro.querySelector('a').href = `index.html${location.search}`;

keepOffline({ onUpdate: (activate) => showUpdateNotice(document.getElementById('update-banner'), activate) });
