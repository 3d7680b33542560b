// The engine in a Web Worker, for the parts of the view too heavy for the
// page's own thread: the comparisons and the goal (a projection per plan
// and policy, and a search per plan), and Monte Carlo.
// Protocol (see engine-client.js):
//   in:  { id, task: 'view', state, today, options: { comparisons, goal, monteCarlo } }
//   out: { id, kind: 'view', view }, then { id, kind: 'done' };
//        { id, kind: 'failed', message } when the engine cannot load
import { loadEngine } from './engine.js';

const enginePromise = loadEngine();

function view(engine, { id, state, today, options }) {
  self.postMessage({ id, kind: 'view', view: engine.view(state, { today, ...options }) });
}

const TASKS = { view };

self.onmessage = async ({ data }) => {
  try {
    TASKS[data.task](await enginePromise, data);
  } catch (error) {
    self.postMessage({ id: data.id, kind: 'failed', message: String(error) });
  }
  self.postMessage({ id: data.id, kind: 'done' });
};
