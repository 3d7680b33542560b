// The result on the page: summary, month table and comparisons. Figures are
// the engine's integers as they are; no rounding or unit changes here.
import { MONTH_COLUMNS, NOT_APPLICABLE, netCreditsPerResponse, percentText, worstShortfall } from './figures.js';

const COMPARISON_COLUMNS = [
  ['Sent', (totals) => totals.sent],
  ['Unsent', (totals) => totals.unsent],
  ['Credited back', (totals) => totals.refunded],
  ['Expired', (totals) => totals.expired],
  ['Net credits per response', netCreditsPerResponse],
];

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function headerCell(text, scope) {
  return Object.assign(cell('th', text), { scope });
}

function row(cells) {
  const element = document.createElement('tr');
  element.append(...cells);
  return element;
}

function emptyMonthRow() {
  return row(MONTH_COLUMNS.map((column, index) => (index === 0 ? headerCell('', 'row') : cell('td', ''))));
}

function headerRow(headers) {
  return row(headers.map((header) => headerCell(header, 'col')));
}

// A summary figure: its value, and in smaller print why or when.
function figure(value, note = '') {
  return { value: String(value), note };
}

const ONE_GROUP_ONLY = figure(NOT_APPLICABLE, '(one group only)');

// The solvers answer for single-group scenarios only, and the break-even rate
// only under 2015 and where some rate clears every InMail.
function solverFigures({ solvers, groups }, policy) {
  if (groups.length > 1) return { max_sustainable_sends: ONE_GROUP_ONLY, break_even_response_rate: ONE_GROUP_ONLY };
  const rate = solvers.break_even_response_rate;
  const noRate = policy === 'legacy' ? '(not under legacy)' : '(even 100 % leaves InMails unsent)';
  return {
    max_sustainable_sends: figure(solvers.max_sustainable_sends),
    break_even_response_rate: rate === null ? figure(NOT_APPLICABLE, noRate) : figure(`${rate} %`),
  };
}

function shortfallFigure(monteCarlo) {
  if (!monteCarlo) return figure('');
  const worst = worstShortfall(monteCarlo);
  return figure(percentText(worst.shortfall_probability), `(${worst.month})`);
}

function summaryFigures(result, monteCarlo, policy) {
  const { totals } = result;
  return {
    sent: figure(totals.sent),
    refunded: figure(totals.refunded),
    expired: figure(totals.expired),
    unsent: figure(totals.unsent),
    net_per_response: figure(netCreditsPerResponse(totals)),
    ...solverFigures(result, policy),
    shortfall: shortfallFigure(monteCarlo),
  };
}

function noteElement(text) {
  return Object.assign(document.createElement('small'), { textContent: text });
}

export class ResultsView {
  #root;

  constructor(root) {
    this.#root = root;
    root.querySelector('#months-table thead tr').replaceWith(headerRow(MONTH_COLUMNS.map(([header]) => header)));
  }

  /** `monteCarlo` is null without trials; `policy` explains missing solver answers. */
  showSummary(result, monteCarlo, policy) {
    const figures = summaryFigures(result, monteCarlo, policy);
    for (const element of this.#root.querySelectorAll('[data-summary]')) {
      const { value, note } = figures[element.dataset.summary];
      element.replaceChildren(value, ...(note ? [' ', noteElement(note)] : []));
    }
    this.#root.querySelector('#shortfall-item').hidden = !monteCarlo;
    this.#root.querySelector('#band-caption').hidden = !monteCarlo;
  }

  // Rows are made anew only when their number changes; otherwise only texts
  // that changed are replaced, which keeps the browser's work per keystroke small.
  showMonths(result) {
    const body = this.#root.querySelector('#months-table tbody');
    if (body.rows.length !== result.months.length) {
      body.replaceChildren(...result.months.map(() => emptyMonthRow()));
    }
    result.months.forEach((month, index) => {
      const { cells } = body.rows[index];
      MONTH_COLUMNS.forEach(([, key], column) => {
        const text = String(month[key]);
        if (cells[column].textContent !== text) cells[column].textContent = text;
      });
    });
  }
}

/** Fills a comparison table: one row per entry, totals or why there are none. */
export function showComparison(table, entries, rowHeader) {
  const caption = table.querySelector('caption');
  const head = document.createElement('thead');
  head.append(headerRow([rowHeader, ...COMPARISON_COLUMNS.map(([header]) => header)]));
  const body = document.createElement('tbody');
  for (const { label, totals, errors } of entries) {
    const figures = totals
      ? COMPARISON_COLUMNS.map(([, figure]) => cell('td', String(figure(totals))))
      : [Object.assign(cell('td', errors.map(({ field, message }) => `${field} ${message}`).join('; ')), { colSpan: COMPARISON_COLUMNS.length })];
    body.append(row([headerCell(label, 'row'), ...figures]));
  }
  table.replaceChildren(caption, head, body);
}
