// Display-only arithmetic on an engine result: formats and the worst Monte
// Carlo month. Every figure itself is the engine's.

export const NOT_APPLICABLE = 'n/a';

/** Credits consumed per response gained: (sent - refunded) / responses, or null without responses. */
export function netCreditsPerResponse(totals) {
  if (totals.responses === 0) return null;
  return ((totals.sent - totals.refunded) / totals.responses).toFixed(2);
}

/** Whole cents as money with 2 decimals, followed by the user's currency label: 102000 -> "1020.00 EUR". */
export function moneyText(cents, currency = '') {
  const whole = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  const sign = cents < 0 && whole === 0 ? '-' : '';
  const amount = `${sign}${whole}.${rest}`;
  return currency ? `${amount} ${currency}` : amount;
}

/** The month in which the largest share of Monte Carlo trials ran short (the first of equals). */
export function worstShortfall(monteCarlo) {
  return monteCarlo.months.reduce((worst, month) =>
    month.shortfall_probability > worst.shortfall_probability ? month : worst,
  );
}

export function percentText(fraction) {
  return `${(fraction * 100).toFixed(1)} %`;
}
