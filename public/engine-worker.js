// The engine in a Web Worker, for the work that is too heavy for the page's
// own thread: the comparisons (ten more projections) and Monte Carlo.
// Protocol (see engine-client.js):
//   in:  { id, task, scenario }  task 'comparisons': the policy and plan
//        comparisons; 'monte-carlo': the full result with its Monte Carlo bands
//   out: { id, kind: 'comparisons', policies, plans } or { id, kind: 'result', result },
//        then { id, kind: 'done' }; { id, kind: 'failed', message } when the
//        engine cannot load
import { loadEngine } from './inmail.js';
import { planScenarios, policyScenarios } from './comparisons.js';

const enginePromise = loadEngine();

function compare(engine, entries) {
  return entries.map(({ label, scenario }) => {
    const result = engine.project(scenario);
    return result.errors ? { label, errors: result.errors } : { label, totals: result.totals };
  });
}

function comparisons(engine, id, scenario) {
  self.postMessage({
    id,
    kind: 'comparisons',
    policies: compare(engine, policyScenarios(scenario)),
    plans: compare(engine, planScenarios(scenario, engine.plans)),
  });
}

function runMonteCarlo(engine, id, scenario) {
  self.postMessage({ id, kind: 'result', result: engine.project(scenario) });
}

const TASKS = { comparisons, 'monte-carlo': runMonteCarlo };

self.onmessage = async ({ data: { id, task, scenario } }) => {
  try {
    TASKS[task](await enginePromise, id, scenario);
  } catch (error) {
    self.postMessage({ id, kind: 'failed', message: String(error) });
  }
  self.postMessage({ id, kind: 'done' });
};
