// Runs the engine off the main thread, so typing never waits for a
// projection. Protocol (see engine-client.js):
//   out: { kind: 'ready', version, plans } once the engine has loaded
//   in:  { id, scenario, task }  task 'project': validation, the
//        deterministic result and the comparisons; 'monte-carlo': the full
//        result with its Monte Carlo bands
//   out: { id, kind: 'result', result }, then for 'project'
//        { id, kind: 'comparisons', policies, plans }, then { id, kind: 'done' }
import { loadEngine } from './inmail.js';
import { planScenarios, policyScenarios } from './comparisons.js';

const enginePromise = loadEngine();

function compare(engine, entries) {
  return entries.map(({ label, scenario }) => {
    const result = engine.project(scenario);
    return result.errors ? { label, errors: result.errors } : { label, totals: result.totals };
  });
}

// The deterministic result comes first, so the table updates before the
// comparisons (ten more projections) are done. Validation runs on the real
// scenario, so a bad `trials` is reported even though it is not projected here.
function project(engine, id, scenario) {
  const { errors } = engine.validate(scenario);
  const result = errors.length > 0 ? { errors } : engine.project({ ...scenario, trials: 0 });
  self.postMessage({ id, kind: 'result', result });
  if (errors.length > 0) return;
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

const TASKS = { project, 'monte-carlo': runMonteCarlo };

self.onmessage = async ({ data: { id, task, scenario } }) => {
  const engine = await enginePromise;
  TASKS[task](engine, id, scenario);
  self.postMessage({ id, kind: 'done' });
};

enginePromise.then(
  (engine) => self.postMessage({ kind: 'ready', version: engine.version, plans: engine.plans }),
  (error) => self.postMessage({ kind: 'failed', message: String(error) }),
);
