// The engine in a Web Worker, for the work that is too heavy for the page's
// own thread: the comparisons (a projection per policy and plan) and Monte
// Carlo. Both are the engine's page() with one option more.
// Protocol (see engine-client.js):
//   in:  { id, task, scenario, today, currency }
//        task 'comparisons': { id, kind: 'comparisons', comparisons, cheapestPlan }
//        task 'monte-carlo': { id, kind: 'monte-carlo', monteCarlo }
//   out: the reply above, then { id, kind: 'done' }; { id, kind: 'failed', message }
//        when the engine cannot load
import { loadEngine } from './inmail.js';

const enginePromise = loadEngine();

function comparisons(engine, { id, scenario, today, currency }) {
  const { result, notes } = engine.page(scenario, { today, currency, comparisons: true });
  self.postMessage({
    id,
    kind: 'comparisons',
    comparisons: result?.comparisons ?? null,
    cheapestPlan: notes.cheapest_plan,
  });
}

function monteCarlo(engine, { id, scenario, today, currency }) {
  const { result } = engine.page(scenario, { today, currency, monteCarlo: true });
  self.postMessage({ id, kind: 'monte-carlo', monteCarlo: result?.monte_carlo ?? null });
}

const TASKS = { comparisons, 'monte-carlo': monteCarlo };

self.onmessage = async ({ data }) => {
  try {
    TASKS[data.task](await enginePromise, data);
  } catch (error) {
    self.postMessage({ id: data.id, kind: 'failed', message: String(error) });
  }
  self.postMessage({ id: data.id, kind: 'done' });
};
