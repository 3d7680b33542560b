// The engine on the page's own thread, for the deterministic figures (see
// docs/web.md). index.html loads this module on its own, ahead of app.js, so
// the engine compiles while the rest of the page loads.
import { loadEngine } from './inmail.js';

export const engineLoading = loadEngine();
// app.js reports a failure when it awaits the engine; until then the
// rejection is not an unhandled one.
engineLoading.catch(() => {});
