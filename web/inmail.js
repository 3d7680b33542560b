// The InMail credit engine as an ES module for browsers, workers and Node 20:
//
//   import { loadEngine } from './inmail.js';
//   const engine = await loadEngine();
//   engine.project({ policy: 'current', plan: 'recruiter_lite', seats: 2, sends_per_month: 40 });
//   engine.projectJson('{"plan": "recruiter_lite"}');  // JSON text in and out
//   engine.page(scenario, { currency: 'EUR' });          // what a page shows: link, errors, figures, notes
//   engine.openLink(location.search);                   // the same for a page's link
//   engine.schema;                                      // fields, plans, policies, labels
//
// Objects in, objects out, in the spec's JSON shapes; bad input comes back as
// { errors: [{ field, message }] }, never as an exception. `today` (the
// caller's month, "YYYY-MM") defaults to the local month: today's rules
// start then unless the scenario says.
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

/** The local month as "YYYY-MM": the `today` of spec section 2 for a page. */
export function localMonth(date = new Date()) {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

// JSON text of a value; a string is taken as JSON text already, and
// anything JSON cannot express becomes empty text, which the engine reports
// as malformed input.
function jsonText(value) {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

// Input goes into the engine's memory as UTF-8, and the engine replies with
// a view of UTF-8 bytes there (see bindings.cpp); decoding copies them out
// before the next call reuses them.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const MIN_INPUT_BUFFER = 4096;

// Writes text into the engine's input buffer; returns its size in bytes. The
// view of the buffer is kept between calls (a new view costs as much as
// encoding a small scenario) and replaced when the buffer is too small or
// the engine's memory has grown, which detaches it.
function inputWriter(glue) {
  let view = null;
  return (text) => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const needed = text.length * 3;
    if (view === null || view.length < needed || view.buffer !== glue.HEAPU8.buffer) {
      const capacity = Math.max(needed, MIN_INPUT_BUFFER);
      const address = glue.reserve_input(capacity);
      view = glue.HEAPU8.subarray(address, address + capacity);
    }
    return encoder.encodeInto(text, view).written;
  };
}

/** Loads and starts the WebAssembly engine. */
export async function loadEngine() {
  const glue = await createInmailEngine(await glueOptions());
  const writeInput = inputWriter(glue);
  const call = (method, text, ...args) => decoder.decode(glue[method](writeInput(text), ...args));
  const callJson = (...args) => JSON.parse(call(...args));
  return Object.freeze({
    version: glue.version(),
    schema: JSON.parse(glue.schema()),
    project: (scenario, { today = localMonth() } = {}) => callJson('project', jsonText(scenario), today),
    projectJson: (scenarioJson, { today = localMonth() } = {}) => call('project', String(scenarioJson), today),
    validate: (scenario, { today = localMonth() } = {}) => callJson('validate', jsonText(scenario), today),
    page: (scenario, { today = localMonth(), currency = '', comparisons = false, monteCarlo = false } = {}) =>
      callJson('page', jsonText(scenario), today, String(currency), comparisons, monteCarlo),
    openLink: (query, { today = localMonth() } = {}) => callJson('open_link', String(query), today),
    csv: (scenario, { today = localMonth(), currency = '' } = {}) =>
      callJson('csv', jsonText(scenario), today, String(currency)),
    reportRate: (counts) => callJson('report_rate', jsonText(counts)),
  });
}
