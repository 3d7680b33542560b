// web/inmail.d.ts is checked, not trusted: a caller's usage file compiles
// with --strict against it, and the engine's real outputs have the types it
// declares (tests/types/conformance.mjs), so that a field renamed in the
// engine fails here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { USAGE_PROJECT, engineOutputs, typeCheck, writeConformanceProject } from '../types/conformance.mjs';
import { loadSiteEngine, removeTemporaryDirs, temporaryDir } from './site.mjs';

let outputs;
before(async () => {
  outputs = engineOutputs(await loadSiteEngine());
});
after(removeTemporaryDirs);

describe('web/inmail.d.ts', () => {
  test('tests/types/usage.ts compiles against it with --strict', () => {
    const { ok, output } = typeCheck(USAGE_PROJECT);
    assert.ok(ok, output);
  });

  test("the engine's outputs have the types it declares", () => {
    const { ok, output } = typeCheck(writeConformanceProject(temporaryDir('types'), outputs));
    assert.ok(ok, output);
  });

  test('a field renamed in an output fails the check (the check can fail)', () => {
    const renamed = outputs.map(([name, type, value]) =>
      name === 'view_everything'
        ? [name, type, { ...value, figurez: value.figures, figures: undefined }]
        : [name, type, value],
    );
    const { ok, output } = typeCheck(writeConformanceProject(temporaryDir('types-renamed'), renamed));
    assert.equal(ok, false);
    assert.match(output, /figurez/);
  });
});
