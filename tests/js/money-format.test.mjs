// public/money-format.js: the engine's cents written the way the reader's
// locale writes money; an ISO 4217 code through Intl.NumberFormat, any other
// label kept as a label.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { formatMoney } from '../../public/money-format.js';

describe('formatMoney', () => {
  test('US dollars in American English', () => {
    assert.equal(formatMoney(8910000, 'USD', 'en-US'), '$89,100.00');
    assert.equal(formatMoney(0, 'USD', 'en-US'), '$0.00');
  });

  test('a code in lower case, under German rules', () => {
    // Intl puts a no-break space between the amount and the sign.
    assert.equal(formatMoney(204000, 'eur', 'de-DE'), '2.040,00\u00a0€');
    assert.equal(formatMoney(204000, ' EUR ', 'de-DE'), '2.040,00\u00a0€');
  });

  test('a free label stays a label after the amount; no label, no currency', () => {
    assert.equal(formatMoney(204000, 'credits', 'en-US'), '2,040.00 credits');
    assert.equal(formatMoney(204000, '', 'en-US'), '2,040.00');
    assert.equal(formatMoney(204000, undefined, 'en-US'), '2,040.00');
  });

  test('cents to two decimals, exactly, however large', () => {
    assert.equal(formatMoney(1, 'USD', 'en-US'), '$0.01');
    assert.equal(formatMoney(10005, 'USD', 'en-US'), '$100.05');
    assert.equal(formatMoney(123456789012345, 'USD', 'en-US'), '$1,234,567,890,123.45');
    // A currency without minor units rounds to whole units, half up.
    assert.equal(formatMoney(150, 'JPY', 'en-US'), '¥2');
    assert.equal(formatMoney(149, 'JPY', 'en-US'), '¥1');
  });

  test('negative amounts', () => {
    assert.equal(formatMoney(-1729, 'USD', 'en-US'), '-$17.29');
    assert.equal(formatMoney(-5, 'eur', 'de-DE'), '-0,05\u00a0€');
    assert.equal(formatMoney(-204000, 'credits', 'en-US'), '-2,040.00 credits');
  });
});
