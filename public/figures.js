// Figures derived from an engine result for display and export. The engine's
// integers are shown as they are; only ratios are computed here.

// Month table columns: header text and the result's key, in table order.
export const MONTH_COLUMNS = [
  ['Month', 'month'],
  ['Opening', 'opening'],
  ['Granted', 'granted'],
  ['Bonus', 'bonus'],
  ['Refunded', 'refunded'],
  ['Sent', 'sent'],
  ['Unsent', 'unsent'],
  ['Responses', 'responses'],
  ['Expired', 'expired'],
  ['Closing', 'closing'],
];

export const NOT_APPLICABLE = '—';

/** Credits consumed per response gained: (sent - refunded) / responses. */
export function netCreditsPerResponse(totals) {
  if (totals.responses === 0) return NOT_APPLICABLE;
  return ((totals.sent - totals.refunded) / totals.responses).toFixed(2);
}

/** The month table as CSV, with the same header as the CLI's. */
export function monthsToCsv(result) {
  const lines = [MONTH_COLUMNS.map(([header]) => header).join(',')];
  for (const month of result.months) {
    lines.push(MONTH_COLUMNS.map(([, key]) => month[key]).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The month in which the largest share of Monte Carlo trials ran short. */
export function worstShortfall(monteCarlo) {
  return monteCarlo.months.reduce((worst, month) =>
    month.shortfall_probability > worst.shortfall_probability ? month : worst,
  );
}

export function percentText(fraction) {
  return `${(fraction * 100).toFixed(1)} %`;
}
