// Money the way the reader's locale writes it: the engine gives amounts in
// cents with the currency label the person chose; an ISO 4217 code ("USD",
// "eur") is written by Intl.NumberFormat ("$2,040.00", "2.040,00 €"), and
// any other label stays a label after the amount ("2,040.00 credits"). Both
// pages use this one module (the ImGui page through its shell).

const formats = new Map();

function formatFor(currency, locale) {
  const key = `${locale ?? ''}|${currency}`;
  if (!formats.has(key)) {
    let format = null;
    if (/^[A-Za-z]{3}$/.test(currency)) {
      try {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() });
      } catch {
        format = null; // a three-letter label that is no currency Intl knows
      }
    }
    formats.set(key, format ?? new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  }
  return formats.get(key);
}

/** `cents` (an integer) as money in `currency` (a code or a free label), for `locale` (default: the reader's). */
export function formatMoney(cents, currency = '', locale = undefined) {
  const label = currency.trim();
  const format = formatFor(label, locale);
  const amount = format.format(cents / 100);
  const isCode = format.resolvedOptions().style === 'currency';
  return isCode || label === '' ? amount : `${amount} ${label}`;
}

/**
 * Loads the reader's locale data for numbers, which the first format waits
 * for (15-20 ms); call it while something else loads, so that the first
 * money drawn does not wait. It formats nothing anyone sees.
 */
export function prepareMoneyFormat() {
  new Intl.NumberFormat().format(0);
}
