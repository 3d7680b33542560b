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

// After the browser has painted what is on screen: a task queued from an
// animation frame runs once that frame is drawn.
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The calculator (200 KB) downloads once the introduction is painted, so a
// phone shows words at once rather than after the download. Where a host
// serves .wasm without its MIME type, streaming compilation refuses it:
// compiled from the whole file instead, as Emscripten's own loader does.
async function instantiate(url, imports) {
  await afterNextPaint();
  const response = fetch(url, { credentials: 'same-origin' });
  try {
    return await WebAssembly.instantiateStreaming(response, imports);
  } catch {
    return WebAssembly.instantiate(await (await fetch(url, { credentials: 'same-origin' })).arrayBuffer(), imports);
  }
}

let wasmUrl = '';
globalThis.Module = {
  canvas,
  inmailFormatMoney: formatMoney,
  locateFile(path, prefix) {
    wasmUrl = prefix + path; // imgui.js asks for its .wasm only
    return wasmUrl;
  },
  instantiateWasm(imports, receiveInstance) {
    instantiate(wasmUrl, imports).then(
      ({ instance, module }) => receiveInstance(instance, module),
      (error) => {
        document.getElementById('loading').textContent = 'The calculator could not load. Reload the page to try again.';
        console.error(error);
      },
    );
    return {}; // the exports come through receiveInstance
  },
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
