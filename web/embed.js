// For pages that embed the calculator (docs/embed.md):
//
//   <iframe data-inmail-calculator src="https://…/embed.html?v=2&seats=3" …></iframe>
//   <script src="https://…/embed.js" async></script>
//
// Every such frame on the page, including frames added later, follows the
// height of its content: embed.html posts
// { type: 'inmail-calculator:height', height } whenever its height changes.
// A message counts only if it comes from the window of one of these frames
// (event.source) and from the origin of that frame's src (event.origin), so
// no other frame or page can resize them. The page's own styles keep every
// other say over the frame (width, border, margins).
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from '../public/embed-messages.js';

const SELECTOR = 'iframe[data-inmail-calculator]';
// Far more than any month table; a frame never grows without bound.
const MAX_HEIGHT = 50000;

function originOf(frame) {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
}

addEventListener('message', (event) => {
  const { data } = event;
  if (data === null || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height < 0) return;
  for (const frame of document.querySelectorAll(SELECTOR)) {
    if (event.source === null || frame.contentWindow !== event.source) continue;
    if (event.origin !== originOf(frame)) return;
    frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
    return;
  }
});

// Frames that reported before this script ran report again. The request
// holds nothing, so it may reach whatever the frame shows ('*': a frame
// still loading shows about:blank, and a named origin would be an error).
for (const frame of document.querySelectorAll(SELECTOR)) {
  frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
}
