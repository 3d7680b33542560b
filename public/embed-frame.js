// embed.html inside another site's page: tells the page that frames it how
// tall its content is, so that embed.js there can size the frame to fit
// (docs/embed.md). The message carries nothing but a height, so it goes to
// whichever page frames this one; embed.js checks where it comes from.
//
//   { type: 'inmail-calculator:height', height }   on every change of height,
//                                                  and when embed.js asks:
//   { type: 'inmail-calculator:measure' }          (embed.js may load after
//                                                  the frame's first report)
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from './embed-messages.js';

function contentHeight() {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

if (window.parent !== window) {
  let reported = -1;
  const report = (always = false) => {
    const height = contentHeight();
    if (height === reported && !always) return;
    reported = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => report()).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === MEASURE_MESSAGE) report(true);
  });
}
