// The engine worker for projections, started as soon as this module runs:
// index.html loads it on its own, ahead of app.js and its imports, so the
// engine downloads and compiles while the rest of the page loads.
import { EngineClient } from './engine-client.js';

export const ENGINE_WORKER_URL = new URL('./engine-worker.js', import.meta.url);

export const projector = new EngineClient(ENGINE_WORKER_URL);
