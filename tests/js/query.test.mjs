// public/query.js against docs/url-query.md.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { decodeQuery, encodeQuery } from '../../public/query.js';

describe('encodeQuery', () => {
  test('the default scenario is the empty query', () => {
    const defaults = {
      policy: '2015', plan: 'recruiter', start: '2015-01', months: 12, pooled: true,
      groups: [{ name: 'Group 1', seats: 1, sends_per_month: 0, response_rate: 0, response_days: 3 }],
      opening_balance: 0, launch_bonus: true, expiry_days: 90, refresh_day: 1, trials: 0, seed: 1,
    };
    assert.equal(encodeQuery(defaults, { pooledByDefault: true }), '');
  });

  test('text keys stay plain, others are JSON text', () => {
    const query = encodeQuery(
      { policy: 'legacy', plan: 'recruiter_lite', start: '2015-01', months: 6, pooled: false, balance_cap: 600, seed: 42 },
      { pooledByDefault: false },
    );
    assert.equal(query, 'policy=legacy&plan=recruiter_lite&months=6&balance_cap=600&seed=42');
  });

  test('one group named "Group 1" uses the shorthand keys', () => {
    const query = encodeQuery({ groups: [{ name: 'Group 1', seats: 3, sends_per_month: 400, response_rate: 25.5, response_days: 3 }] });
    assert.equal(query, 'seats=3&sends_per_month=400&response_rate=25.5');
  });

  test('a renamed group or several groups use groups=<JSON>', () => {
    const groups = [{ name: 'Sourcers', seats: 3, sends_per_month: 400, response_rate: 25, response_days: 3 }];
    const query = encodeQuery({ groups });
    assert.equal(new URLSearchParams(query).get('groups'), JSON.stringify(groups));
  });

  test('the pooled default follows the plan', () => {
    assert.equal(encodeQuery({ pooled: true }, { pooledByDefault: true }), '');
    assert.equal(encodeQuery({ pooled: true }, { pooledByDefault: false }), 'pooled=true');
  });

  test('text that is not JSON stays text, JSON-looking strings stay strings', () => {
    assert.equal(decodeQuery(encodeQuery({ months: 'abc' })).months, 'abc');
    assert.equal(decodeQuery(encodeQuery({ months: '12' })).months, '12');
  });
});

describe('decodeQuery', () => {
  test('plain text and JSON values', () => {
    assert.deepEqual(decodeQuery('?policy=legacy&plan=recruiter_lite&start=2015-01&months=12&pooled=false&response_rate=25.5'), {
      policy: 'legacy', plan: 'recruiter_lite', start: '2015-01', months: 12, pooled: false, response_rate: 25.5,
    });
  });

  test('a value that is not JSON becomes a string, unknown keys are kept', () => {
    assert.deepEqual(decodeQuery('months=twelve&colour=%22blue%22'), { months: 'twelve', colour: 'blue' });
  });

  test('groups round-trip', () => {
    const scenario = {
      plan: 'talent_finder',
      groups: [
        { name: 'Sourcers', seats: 3, sends_per_month: 400, response_rate: 25, response_days: 3 },
        { name: 'Hiring managers & co', seats: 7, sends_per_month: 40, response_rate: 40, response_days: 5 },
      ],
      trials: 100,
    };
    assert.deepEqual(decodeQuery(encodeQuery(scenario)), scenario);
  });
});
