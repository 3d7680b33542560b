// The engine on the page's own thread, for the deterministic figures (see
// docs/web.md). app.js imports this module first, so the engine starts
// loading before the rest of the page's code runs, and compiles meanwhile.
import { loadEngine } from './engine.js';

export const engineLoading = loadEngine();
// app.js reports a failure when it awaits the engine; until then the
// rejection is not an unhandled one.
engineLoading.catch(() => {});
