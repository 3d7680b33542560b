// The InMail credit engine as an ES module for browsers, workers and Node 20:
//
//   import { loadEngine } from './inmail.js';
//   const engine = await loadEngine();
//   engine.project({ plan: 'recruiter_lite', seats: 2, sends_per_month: 40 });
//   engine.projectJson('{"plan": "recruiter_lite"}');  // JSON text in and out
//
// Objects in, objects out, in the spec's JSON shapes; bad input comes back as
// { errors: [{ field, message }] }, never as an exception.
import createInmailEngine from './inmail_engine.mjs';

const WASM_FILE = new URL('./inmail_engine.wasm', import.meta.url);

function runningInNode() {
  return typeof process === 'object' && typeof process.versions?.node === 'string';
}

// This Emscripten's glue fetches its .wasm by URL, which Node's fetch cannot
// do for file: URLs, so under Node the bytes are read here and handed over.
async function glueOptions() {
  if (!runningInNode()) return {};
  const { readFile } = await import('node:fs/promises');
  return { wasmBinary: await readFile(WASM_FILE) };
}

// JSON text of the scenario; a string is taken as JSON text already, and
// anything JSON cannot express becomes empty text, which the engine reports
// as malformed input.
function scenarioText(scenario) {
  if (typeof scenario === 'string') return scenario;
  return JSON.stringify(scenario) ?? '';
}

// Scenario JSON goes into the engine's memory as UTF-8, and the engine
// replies with a view of UTF-8 bytes there (see bindings.cpp); decoding
// copies them out before the next call reuses them.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const MIN_SCENARIO_BUFFER = 4096;

// Writes scenario JSON into the engine's scenario buffer; returns its size in
// bytes. The view of the buffer is kept between calls (a new view costs as
// much as encoding a small scenario) and replaced when the buffer is too
// small or the engine's memory has grown, which detaches it.
function scenarioWriter(glue) {
  let view = null;
  return (text) => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const needed = text.length * 3;
    if (view === null || view.length < needed || view.buffer !== glue.HEAPU8.buffer) {
      const capacity = Math.max(needed, MIN_SCENARIO_BUFFER);
      const address = glue.reserve_scenario(capacity);
      view = glue.HEAPU8.subarray(address, address + capacity);
    }
    return encoder.encodeInto(text, view).written;
  };
}

/** Loads and starts the WebAssembly engine. */
export async function loadEngine() {
  const glue = await createInmailEngine(await glueOptions());
  const writeScenario = scenarioWriter(glue);
  const callJson = (method, scenarioJson) => decoder.decode(glue[method](writeScenario(scenarioJson)));
  return Object.freeze({
    version: glue.version(),
    plans: JSON.parse(glue.plans()),
    project: (scenario) => JSON.parse(callJson('project', scenarioText(scenario))),
    projectJson: (scenarioJson) => callJson('project', String(scenarioJson)),
    validate: (scenario) => JSON.parse(callJson('validate', scenarioText(scenario))),
  });
}
