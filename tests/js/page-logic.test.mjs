// The page's pure helpers: display formats (public/figures.js) and the edits
// of the scenario as the user gave it (public/scenario-edit.js), with the
// engine judging the scenarios they make.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { moneyText, netCreditsPerResponse, percentText, worstShortfall } from '../../public/figures.js';
import {
  addGroup,
  fieldText,
  fieldValue,
  groupsOf,
  removeGroup,
  seatPrice,
  setGroupKey,
  setKey,
  setSeatPrice,
  withoutPath,
} from '../../public/scenario-edit.js';
import { loadSiteEngine } from './site.mjs';

const TODAY = '2026-11';

let engine;
let shorthandKeys;
before(async () => {
  engine = await loadSiteEngine();
  shorthandKeys = engine.schema.shorthand_keys;
});

describe('figures', () => {
  test('net credits per response is (sent - refunded) / responses', () => {
    assert.equal(netCreditsPerResponse({ sent: 300, refunded: 81, responses: 81 }), '2.70');
    assert.equal(netCreditsPerResponse({ sent: 300, refunded: 0, responses: 0 }), null);
  });

  test('cents as money with 2 decimals and the currency label', () => {
    assert.equal(moneyText(102000, 'EUR'), '1020.00 EUR');
    assert.equal(moneyText(4435), '44.35');
    assert.equal(moneyText(5, 'USD'), '0.05 USD');
    assert.equal(moneyText(0), '0.00');
    assert.equal(moneyText(123456789012345), '1234567890123.45');
  });

  test('the worst Monte Carlo month, the first of equals', () => {
    const months = [
      { month: '2015-01', shortfall_probability: 0.1 },
      { month: '2015-02', shortfall_probability: 0.4 },
      { month: '2015-03', shortfall_probability: 0.4 },
    ];
    assert.equal(worstShortfall({ months }).month, '2015-02');
    assert.equal(percentText(0.4), '40.0 %');
  });
});

describe('field text and values', () => {
  test('JSON where the text parses, the text itself where it does not', () => {
    assert.equal(fieldValue('12'), 12);
    assert.equal(fieldValue(' 25.5 '), 25.5);
    assert.equal(fieldValue('none'), 'none');
    assert.equal(fieldValue('abc'), 'abc');
    assert.equal(fieldValue('true'), true);
  });

  test('text fields keep their text', () => {
    assert.equal(fieldValue('2027-01', { isText: true }), '2027-01');
    assert.equal(fieldValue('12', { isText: true }), '12');
  });

  test('empty text: not given where the engine works out the default, "" elsewhere', () => {
    assert.equal(fieldValue('', { optional: true }), undefined);
    assert.equal(fieldValue('  ', { optional: true, isText: true }), undefined);
    assert.equal(fieldValue(''), '');
  });

  test('what a field shows', () => {
    assert.equal(fieldText(undefined), '');
    assert.equal(fieldText(null), '');
    assert.equal(fieldText(12), '12');
    assert.equal(fieldText('none'), 'none');
    assert.equal(fieldText({ a: 1 }), '{"a":1}');
  });

  test('a wrong type reaches the engine, which names the field', () => {
    const scenario = setKey({ policy: 'current' }, 'months', fieldValue('twelve'));
    assert.deepEqual(
      engine.page(scenario, { today: TODAY }).errors.map((error) => error.field),
      ['months'],
    );
  });
});

describe('the scenario as given', () => {
  test('keys set and left out', () => {
    const scenario = setKey({ policy: 'current' }, 'balance_cap', 600);
    assert.deepEqual(scenario, { policy: 'current', balance_cap: 600 });
    assert.deepEqual(setKey(scenario, 'balance_cap', undefined), { policy: 'current' });
  });

  test('a single group stays in the shorthand keys until it gets a name or a second group', () => {
    let scenario = { policy: 'current', seats: 3 };
    assert.deepEqual(groupsOf(scenario, shorthandKeys), [{ seats: 3 }]);
    scenario = setGroupKey(scenario, 0, 'sends_per_month', 40, shorthandKeys);
    assert.deepEqual(scenario, { policy: 'current', seats: 3, sends_per_month: 40 });
    const named = setGroupKey(scenario, 0, 'name', 'Sourcers', shorthandKeys);
    assert.deepEqual(named, { policy: 'current', groups: [{ seats: 3, sends_per_month: 40, name: 'Sourcers' }] });
    const two = addGroup(scenario, shorthandKeys);
    assert.deepEqual(two, { policy: 'current', groups: [{ seats: 3, sends_per_month: 40 }, {}] });
    assert.deepEqual(engine.page(two, { today: TODAY }).errors, []);
    assert.deepEqual(removeGroup(two, 0, shorthandKeys), { policy: 'current', groups: [{}] });
  });

  test('new groups have no name: the engine names them', () => {
    const scenario = addGroup(addGroup({ policy: 'current' }, shorthandKeys), shorthandKeys);
    const names = engine.page(scenario, { today: TODAY }).result.groups.map((group) => group.name);
    assert.equal(new Set(names).size, 3);
    assert.ok(names.every((name) => name.length > 0));
  });

  test('groups a link gave that are not objects show as empty groups', () => {
    assert.deepEqual(groupsOf({ groups: [1, { seats: 2 }] }, shorthandKeys), [{}, { seats: 2 }]);
    assert.deepEqual(groupsOf({ groups: 'x' }, shorthandKeys), []);
    assert.deepEqual(setGroupKey({ groups: [1] }, 0, 'seats', 2, shorthandKeys), { groups: [{ seats: 2 }] });
  });

  test('seat prices by plan', () => {
    let scenario = setSeatPrice({ policy: 'current' }, 'recruiter', 825.5);
    scenario = setSeatPrice(scenario, 'recruiter_lite', 170);
    assert.deepEqual(scenario.seat_prices, { recruiter: 825.5, recruiter_lite: 170 });
    assert.equal(seatPrice(scenario, 'recruiter_lite'), 170);
    scenario = setSeatPrice(setSeatPrice(scenario, 'recruiter', undefined), 'recruiter_lite', undefined);
    assert.deepEqual(scenario, { policy: 'current' });
    assert.deepEqual(setSeatPrice({ seat_prices: 5 }, 'recruiter', 1), { seat_prices: { recruiter: 1 } });
  });

  test('a value named by an error can be removed', () => {
    assert.deepEqual(withoutPath({ policy: 'current', colour: 'blue' }, 'colour'), { policy: 'current' });
    assert.deepEqual(withoutPath({ seat_prices: { gold: 1, recruiter: 2 } }, 'seat_prices.gold'), {
      seat_prices: { recruiter: 2 },
    });
    assert.deepEqual(withoutPath({ groups: [{ seats: 1, colour: 'x' }] }, 'groups[0].colour'), {
      groups: [{ seats: 1 }],
    });
    assert.deepEqual(withoutPath({ groups: [1, {}] }, 'groups[0]'), { groups: [{}] });
    assert.deepEqual(withoutPath({ 'a.b': 1 }, 'a.b'), {});
    assert.equal(withoutPath({ policy: 'current' }, 'name'), null);
    assert.equal(withoutPath({ policy: 'current' }, ''), null);
  });
});
