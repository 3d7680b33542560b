// The result on the page: the 13 % rule's warnings, the summary with costs,
// the month table and the comparisons. Labels come from the engine's schema
// and every figure from its result; only money and percent formats are made
// here.
import { element, idOf, setText } from './dom.js';
import { NOT_APPLICABLE, moneyText, netCreditsPerResponse, percentText, worstShortfall } from './figures.js';
import { inputAttributes, showText } from './scenario-form.js';
import { fieldText, seatPrice } from './scenario-edit.js';
import { labelOf, showRule } from './schema-text.js';

function headerCell(text, scope) {
  return element('th', { scope }, text);
}

function tag(text, className = 'tag') {
  return element('strong', { class: className }, text);
}

// A figure of the summary: its value, and in smaller print why or when.
function figure(value, note = '') {
  return { value: String(value), note };
}

// Costs are whole cents; null where the plan has no price or a divisor is 0.
function costFigures(cost, currency) {
  if (!cost) {
    const none = figure(NOT_APPLICABLE, 'no seat price');
    return { cost_total: none, cost_per_sent: none, cost_per_response: none };
  }
  const money = (cents, why) => (cents === null ? figure(NOT_APPLICABLE, why) : figure(moneyText(cents, currency)));
  return {
    cost_total: money(cost.total_cents),
    cost_per_sent: money(cost.per_sent_cents, 'no InMail sent'),
    cost_per_response: money(cost.per_response_cents, 'no response'),
  };
}

export class SummaryView {
  #list;
  #notes;
  #items;

  constructor(list, notesList, schema) {
    this.#list = list;
    this.#notes = notesList;
    const total = (key) => labelOf(schema.total_columns, key);
    const { labels } = schema;
    this.#items = [
      ['sent', total('sent')],
      ['refunded', total('refunded')],
      ['expired', total('expired')],
      ['unsent', total('unsent')],
      ['net_per_response', 'Net credits per response'],
      ['max_sustainable_sends', labels.max_sustainable_sends],
      ['break_even_response_rate', labels.break_even_response_rate],
      ['cost_total', labels.total_cost],
      ['cost_per_sent', labels.cost_per_sent],
      ['cost_per_response', labels.cost_per_response],
      ['shortfall', 'Chance of running short (worst month, Monte Carlo)'],
    ];
    list.replaceChildren(
      ...this.#items.map(([key, label]) => {
        const item = element('div', {}, element('dt', {}, label), element('dd'));
        item.querySelector('dd').dataset.summary = key;
        item.dataset.item = key;
        return item;
      }),
    );
  }

  /** `monteCarlo` is null without trials; `notes` are the engine's for the result. */
  show(result, notes, monteCarlo, currency) {
    const { totals, solvers } = result;
    const net = netCreditsPerResponse(totals);
    const solver = (key, text) =>
      solvers[key] === null ? figure(NOT_APPLICABLE, notes.solvers[key]?.title ?? '') : figure(text);
    const worst = monteCarlo ? worstShortfall(monteCarlo) : null;
    const figures = {
      sent: figure(totals.sent),
      refunded: figure(totals.refunded),
      expired: figure(totals.expired),
      unsent: figure(totals.unsent),
      net_per_response: net === null ? figure(NOT_APPLICABLE, 'no response') : figure(net),
      max_sustainable_sends: solver('max_sustainable_sends', solvers.max_sustainable_sends),
      break_even_response_rate: solver('break_even_response_rate', `${solvers.break_even_response_rate} %`),
      ...costFigures(totals.cost, currency),
      shortfall: worst ? figure(percentText(worst.shortfall_probability), `(${worst.month})`) : figure(''),
    };
    for (const dd of this.#list.querySelectorAll('[data-summary]')) {
      const { value, note } = figures[dd.dataset.summary];
      dd.replaceChildren(value, ...(note ? [' ', element('small', {}, note)] : []));
    }
    this.#list.querySelector('[data-item="shortfall"]').hidden = !monteCarlo;
    // Why a solver has no answer, in the engine's words, once per reason.
    const reasons = new Map();
    for (const note of Object.values(notes.solvers)) if (note) reasons.set(note.code, note);
    this.#notes.replaceChildren(
      ...[...reasons.values()].map((note) =>
        element('li', {}, element('strong', {}, `${note.title}:`), ` ${note.text}`),
      ),
    );
    this.#notes.hidden = reasons.size === 0;
  }
}

/** LinkedIn Recruiter's 13 % rule, above the summary: the engine's warnings and the rule's source. */
export class RateWarningsView {
  #panel;

  constructor(panel, schema) {
    this.#panel = panel;
    showRule(schema.rules.rate_warning, {
      title: panel.querySelector('#rate-warnings-heading'),
      text: panel.querySelector('#rate-warnings-rule'),
      source: panel.querySelector('#rate-warnings-source'),
    });
  }

  show(warnings) {
    this.#panel
      .querySelector('#rate-warnings-list')
      .replaceChildren(...warnings.map(({ text }) => element('li', {}, text)));
    this.#panel.hidden = warnings.length === 0;
  }
}

export class MonthTable {
  #table;
  #keys;

  constructor(table, schema) {
    this.#table = table;
    this.#keys = ['month', ...schema.month_columns.map((column) => column.key)];
    const labels = [schema.labels.month, ...schema.month_columns.map((column) => column.label)];
    table.querySelector('thead tr').replaceChildren(...labels.map((label) => headerCell(label, 'col')));
  }

  // Rows are made anew only when their number changes; otherwise only texts
  // that changed are replaced, which keeps the browser's work per keystroke small.
  show(result) {
    const body = this.#table.querySelector('tbody');
    if (body.rows.length !== result.months.length) {
      body.replaceChildren(
        ...result.months.map(() =>
          element(
            'tr',
            {},
            ...this.#keys.map((key, index) => (index === 0 ? headerCell('', 'row') : element('td', {}, ''))),
          ),
        ),
      );
    }
    result.months.forEach((month, index) => {
      const { cells } = body.rows[index];
      this.#keys.forEach((key, column) => setText(cells[column], String(month[key])));
    });
  }
}

/**
 * The engine's comparison rows: one table of policies, one of plans. The
 * plan table holds an input for the seat price of each plan but the one in
 * use (whose price is set with the other inputs); its edits reach the form
 * through their `data-field` paths.
 */
export class ComparisonsView {
  #policyTable;
  #planTable;
  #schema;
  #planRows = new Map();
  #priceField;

  constructor(policyTable, planTable, schema) {
    this.#policyTable = policyTable;
    this.#planTable = planTable;
    this.#schema = schema;
    this.#priceField = schema.fields.find((field) => field.key === 'seat_prices');
  }

  /** `shown`: { comparisons, cheapestPlan, resolved, scenario, currency }. */
  show({ comparisons, cheapestPlan, resolved, scenario, currency }) {
    const policies = comparisons.policies.map((entry) => {
      const policy = this.#schema.policies.find((candidate) => candidate.name === entry.policy);
      return element(
        'tr',
        {},
        this.#rowHeader(policy?.display_name ?? entry.policy, entry.policy === resolved.policy),
        ...this.#figureCells(entry, currency, false),
      );
    });
    this.#fill(this.#policyTable, 'Policy', false, policies);
    this.#showPlans(comparisons.plans, { cheapestPlan, resolved, scenario, currency });
  }

  #headers(first, withPrice) {
    const field = (key) => labelOf(this.#schema.fields, key);
    const total = (key) => labelOf(this.#schema.total_columns, key);
    return [
      first,
      ...(withPrice ? [this.#priceField.label] : []),
      field('allotment'),
      field('pooled'),
      field('balance_cap'),
      total('sent'),
      total('unsent'),
      total('refunded'),
      total('expired'),
      this.#schema.labels.total_cost,
      this.#schema.labels.cost_per_sent,
      this.#schema.labels.cost_per_response,
    ];
  }

  #fill(table, first, withPrice, rows) {
    let head = table.querySelector('thead');
    if (!head) {
      head = element(
        'thead',
        {},
        element('tr', {}, ...this.#headers(first, withPrice).map((text) => headerCell(text, 'col'))),
      );
      table.append(head);
    }
    let body = table.querySelector('tbody');
    if (!body) {
      body = document.createElement('tbody');
      table.append(body);
    }
    if (rows) body.replaceChildren(...rows);
    return body;
  }

  #rowHeader(name, inUse) {
    const header = headerCell(name, 'row');
    if (inUse) header.append(' ', tag('in use'));
    return header;
  }

  #figureCells(entry, currency, cheapest) {
    const { totals } = entry;
    const money = (cents) => (cents === null ? NOT_APPLICABLE : moneyText(cents, currency));
    const perResponse = element('td', {}, totals.cost ? money(totals.cost.per_response_cents) : NOT_APPLICABLE);
    if (cheapest) perResponse.append(' ', tag(this.#schema.labels.cheapest_per_response, 'tag cheapest'));
    const texts = [
      String(entry.allotment),
      entry.pooled ? 'yes' : 'no',
      entry.balance_cap === null ? this.#schema.labels.no_limit : String(entry.balance_cap),
      String(totals.sent),
      String(totals.unsent),
      String(totals.refunded),
      String(totals.expired),
      totals.cost ? money(totals.cost.total_cents) : NOT_APPLICABLE,
      totals.cost ? money(totals.cost.per_sent_cents) : NOT_APPLICABLE,
    ];
    return [...texts.map((text) => element('td', {}, text)), perResponse];
  }

  // Plan rows are kept by plan, so a price being typed keeps its input (and
  // the focus) when the figures come back.
  #showPlans(entries, { cheapestPlan, resolved, scenario, currency }) {
    const body = this.#fill(this.#planTable, 'Plan', true, null);
    const wanted = new Set(entries.map((entry) => entry.plan));
    for (const [name, existing] of this.#planRows) {
      if (!wanted.has(name)) {
        existing.remove();
        this.#planRows.delete(name);
      }
    }
    let before = body.firstElementChild;
    for (const entry of entries) {
      const plan = this.#schema.plans.find((candidate) => candidate.name === entry.plan);
      const inUse = entry.plan === resolved.plan;
      const cheapest = entry.plan === cheapestPlan;
      let planRow = this.#planRows.get(entry.plan);
      if (!planRow) {
        planRow = element('tr', {}, headerCell('', 'row'), this.#priceCell(entry.plan, plan));
        this.#planRows.set(entry.plan, planRow);
      }
      if (planRow !== before) body.insertBefore(planRow, before);
      before = planRow.nextElementSibling;
      planRow.classList.toggle('in-use', inUse);
      planRow.classList.toggle('cheapest', cheapest);
      planRow.replaceChild(this.#rowHeader(plan?.display_name ?? entry.plan, inUse), planRow.cells[0]);
      this.#showPrice(planRow.cells[1], entry.plan, inUse, scenario, currency);
      const figures = this.#figureCells(entry, currency, cheapest);
      while (planRow.cells.length > 2) planRow.deleteCell(2);
      planRow.append(...figures);
    }
  }

  #priceCell(planName, plan) {
    const id = `price-${idOf(planName)}`;
    const label = element(
      'label',
      { for: id, class: 'visually-hidden' },
      `${this.#priceField.label}, ${plan?.display_name ?? planName}`,
    );
    const input = element('input', {
      ...inputAttributes(this.#priceField),
      id,
      autocomplete: 'off',
      'data-field': `seat_prices.${planName}`,
      class: 'price-input',
    });
    return element('td', { class: 'price' }, label, input, element('span', { class: 'price-in-use' }));
  }

  // The plan in use has its price with the other inputs; here it is text.
  #showPrice(priceCell, planName, inUse, scenario, currency) {
    const input = priceCell.querySelector('input');
    const label = priceCell.querySelector('label');
    const text = priceCell.querySelector('.price-in-use');
    const given = fieldText(seatPrice(scenario, planName));
    input.hidden = inUse;
    label.hidden = inUse;
    text.hidden = !inUse;
    text.textContent = given ? `${given}${currency ? ` ${currency}` : ''}` : '—';
    if (!inUse && document.activeElement !== input) showText(input, given);
  }
}
