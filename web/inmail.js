// The InMail credit engine as an ES module for browsers, workers and Node 20:
//
//   import { loadEngine } from './inmail.js';
//   const engine = await loadEngine();
//   engine.project({ policy: 'current', plan: 'recruiter_lite', seats: 2, sends_per_month: 40 });
//   engine.projectJson('{"plan": "recruiter_lite"}');  // JSON text in and out
//   engine.schema;                                      // fields, plans, policies, labels
//
// The page model (what both calculator pages use): a state, edits, a view.
//
//   let { state, view } = engine.openPage(location.search);
//   ({ state, view } = engine.update(state, { kind: 'set', field: 'groups[0].seats', text: '3' }));
//   engine.view(state, { comparisons: true, goal: true, monteCarlo: true });  // the heavy parts
//   engine.pageCsv(state, { date: '2026-12-02' });      // { name, csv }
//
// Objects in, objects out, in the spec's JSON shapes; bad input comes back as
// { errors: [{ field, message }] }, never as an exception. `today` (the
// caller's month, "YYYY-MM") defaults to the local month: today's rules
// start then unless the scenario says.
// emcc's inmail_engine.mjs, as the site serves it (web/build-site.mjs).
import createInmailEngine from './inmail_engine.js';

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
// the engine's memory has grown, which detaches it. The buffer holds one
// byte more than the engine reads: text that does not fit is larger than
// that, and its size is given as the buffer's, which the engine refuses
// without the rest being copied.
function inputWriter(glue) {
  let view = null;
  return (text) => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const needed = Math.min(text.length * 3, glue.input_capacity);
    if (view === null || view.length < needed || view.buffer !== glue.HEAPU8.buffer) {
      const capacity = Math.max(needed, MIN_INPUT_BUFFER);
      const address = glue.reserve_input(capacity);
      view = glue.HEAPU8.subarray(address, address + capacity);
    }
    const { read, written } = encoder.encodeInto(text, view);
    return read < text.length ? glue.input_capacity : written;
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
    openPage: (query, { today = localMonth(), comparisons = false, goal = false, monteCarlo = false } = {}) =>
      callJson('open_page', String(query), today, comparisons, goal, monteCarlo),
    update: (state, edit, { today = localMonth(), comparisons = false, goal = false, monteCarlo = false } = {}) =>
      callJson('update', jsonText({ state, edit }), today, comparisons, goal, monteCarlo),
    view: (state, { today = localMonth(), comparisons = false, goal = false, monteCarlo = false } = {}) =>
      callJson('view', jsonText(state), today, comparisons, goal, monteCarlo),
    pageCsv: (state, { today = localMonth(), date = new Date().toISOString().slice(0, 10) } = {}) =>
      callJson('page_csv', jsonText(state), today, String(date)),
  });
}
