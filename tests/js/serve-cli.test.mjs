// scripts/serve.mjs on the command line: --help prints its usage instead of
// starting a server, and a mistyped option is refused rather than ignored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { REPO_ROOT } from './site.mjs';

// A server that started by mistake would run forever: the timeout ends it,
// and the test reports the signal.
function serve(...args) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/serve.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 10000,
  });
}

describe('node scripts/serve.mjs', () => {
  for (const flag of ['--help', '-h']) {
    test(`${flag} prints the usage and exits 0 without serving`, () => {
      const { status, signal, stdout, stderr } = serve(flag);
      assert.equal(signal, null, 'it started a server');
      assert.equal(status, 0);
      assert.match(stdout, /^usage: node scripts\/serve\.mjs \[ROOT\] \[--port N\]\n/);
      assert.match(stdout, /--port N/);
      assert.equal(stderr, '');
    });
  }

  for (const args of [['--bogus'], ['--port', 'eighty'], ['--port', ''], ['--port', '70000'], ['a', 'b']]) {
    test(`${JSON.stringify(args)} is refused with the usage on stderr and exit 1`, () => {
      const { status, signal, stdout, stderr } = serve(...args);
      assert.equal(signal, null, 'it started a server');
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^serve\.mjs: .+\n\nusage: node scripts\/serve\.mjs/);
    });
  }
});
