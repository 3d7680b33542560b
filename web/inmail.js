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

// Writes `text` into the engine's scenario buffer; returns its size in
// bytes. UTF-8 takes at most three bytes per UTF-16 code unit.
function sendScenario(glue, text) {
  const capacity = text.length * 3;
  const address = glue.reserve_scenario(capacity);
  // Read HEAPU8 after reserving: growing the memory replaces it.
  return encoder.encodeInto(text, glue.HEAPU8.subarray(address, address + capacity)).written;
}

function callJson(glue, method, scenarioJson) {
  return decoder.decode(glue[method](sendScenario(glue, scenarioJson)));
}

/** Loads and starts the WebAssembly engine. */
export async function loadEngine() {
  const glue = await createInmailEngine(await glueOptions());
  return Object.freeze({
    version: glue.version(),
    plans: JSON.parse(glue.plans()),
    project: (scenario) => JSON.parse(callJson(glue, 'project', scenarioText(scenario))),
    projectJson: (scenarioJson) => callJson(glue, 'project', String(scenarioJson)),
    validate: (scenario) => JSON.parse(callJson(glue, 'validate', scenarioText(scenario))),
  });
}
