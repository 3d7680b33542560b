// What the engine's view says about the figures, drawn: the verdict, the
// summary, the 13 % rule's warnings, Monte Carlo, the goal, the
// comparisons and the tables, and what it says about the input besides its
// fields (the example, notices, the scenario in words for print).
import { element, setText } from './dom.js';
import { TableView, cellText } from './table-view.js';

export class VerdictView {
  #box;

  constructor(box) {
    this.#box = box;
  }

  show(verdict) {
    this.#box.dataset.tone = verdict.tone;
    setText(this.#box.querySelector('.verdict-headline'), verdict.headline);
    setText(this.#box.querySelector('.verdict-detail'), verdict.detail);
  }

  /** A line of its own in the verdict's place (loading, no figures yet). */
  say(text) {
    this.show({ tone: 'empty', headline: text, detail: '' });
  }
}

export class SummaryView {
  #list;
  #notes;

  constructor(list, notes) {
    this.#list = list;
    this.#notes = notes;
  }

  show(figures, currency) {
    const items = figures.summary.map((item) => {
      const value = element('dd', { 'data-summary': item.key }, cellText(item.value, currency));
      if (item.note) value.append(' ', element('small', {}, item.note));
      return element('div', {}, element('dt', {}, item.label), value);
    });
    this.#list.replaceChildren(...items);
    this.#notes.replaceChildren(...figures.notes.map((note) => element('li', {}, note)));
    this.#notes.hidden = figures.notes.length === 0;
  }
}

export class RateWarningsView {
  #panel;

  constructor(panel) {
    this.#panel = panel;
  }

  show(figures) {
    const warnings = figures.rate_warnings;
    this.#panel.hidden = warnings.length === 0;
    if (warnings.length === 0) return this.#panel.replaceChildren();
    this.#panel.replaceChildren(
      element('ul', {}, ...warnings.map((text) => element('li', {}, text))),
      element('p', { class: 'hint' }, figures.rate_rule),
    );
  }
}

// A notice's "Remove" button: the edit that drops `field` from the scenario.
function dropButton(field, name) {
  return element(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      'data-edit': 'drop',
      'data-field': field,
      'aria-label': `Remove ${name}`,
    },
    'Remove',
  );
}

/**
 * The worked example's note and the notices (unknown link keys, problems
 * without a field, problems at fields this page does not lay out), each
 * with its action.
 */
export class InputNotesView {
  #example;
  #notices;

  constructor(example, notices) {
    this.#example = example;
    this.#notices = notices;
  }

  /** `unshown`: the fields with a problem that the form does not lay out. */
  show(view, unshown = []) {
    this.#example.hidden = !view.example;
    if (view.example && this.#example.dataset.text !== view.example.text) {
      this.#example.dataset.text = view.example.text;
      this.#example.replaceChildren(
        element('p', {}, view.example.text),
        element('button', { type: 'button', class: 'secondary', 'data-edit': 'clear_example' }, view.example.clear),
      );
    }
    const items = view.notices.map((notice) =>
      element('li', {}, notice.text, ...(notice.droppable ? [' ', dropButton(notice.field, notice.field)] : [])),
    );
    for (const field of unshown) {
      items.push(element('li', {}, `${field.label}: ${field.error}`, ' ', dropButton(field.path, field.label)));
    }
    this.#notices.hidden = items.length === 0;
    this.#notices.replaceChildren(...(items.length > 0 ? [element('ul', {}, ...items)] : []));
  }
}

/** The plan comparison's seat price inputs sit in its second column; their edits carry `data-field`. */
export class ComparisonsView {
  #hint;
  #policies;
  #plans;
  #prices = [];
  #priceInputs = new Map(); // path -> input, kept so that typing keeps its focus
  #priceTexts = [];

  constructor(hint, policies, plans) {
    this.#hint = hint;
    this.#policies = new TableView(policies);
    this.#plans = new TableView(plans, { onRow: (row, index) => this.#priceInput(row, index), owned: [1] });
  }

  show(comparisons, currency) {
    setText(this.#hint, comparisons.hint);
    this.#prices = comparisons.plan_prices;
    this.#priceTexts = comparisons.plans.rows.map((cells) => cells[1]);
    this.#policies.show(comparisons.policies, currency);
    this.#plans.show(comparisons.plans, currency);
  }

  #priceInput(row, index) {
    const field = this.#prices[index];
    let input = this.#priceInputs.get(field.path);
    if (!input) {
      input = element('input', {
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        class: 'price-input',
        'data-field': field.path,
      });
      this.#priceInputs.set(field.path, input);
    }
    const cell = row.cells[1];
    if (cell.firstChild !== input) cell.replaceChildren(input, element('span', { class: 'price-text' }));
    // A printout shows the price as text.
    setText(cell.lastChild, this.#priceTexts[index]);
    input.setAttribute('aria-label', field.label);
    input.placeholder = field.placeholder;
    if (field.error) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    input.title = field.error;
    if (document.activeElement !== input && input.value !== field.text) input.value = field.text;
  }
}

/** "How many seats for R responses a month?": one row a plan, each with its action. */
export class GoalView {
  #section;
  #table;
  #rows = [];
  #adopt = '';

  constructor(section) {
    this.#section = section;
    this.#table = new TableView(section.querySelector('#goal-table'), {
      caption: false,
      onRow: (row, index) => this.#action(row, index),
      owned: [-1], // each row's action
    });
  }

  show(goal, currency) {
    this.#section.hidden = !goal;
    if (!goal) return;
    setText(this.#section.querySelector('h2'), goal.question);
    setText(this.#section.querySelector('#goal-answer'), goal.answer);
    this.#rows = goal.rows;
    this.#adopt = goal.adopt;
    const header = goal.header.length > 0 ? [...goal.header, ''] : [];
    const rows = goal.rows.map((row) => [...row.cells, '']);
    this.#table.show({ title: goal.question, header, rows, marks: goal.rows.map((row) => row.mark) }, currency);
  }

  #action(row, index) {
    const goalRow = this.#rows[index];
    const cell = row.cells[row.cells.length - 1];
    const wanted = goalRow.adoptable ? `${goalRow.plan}|${this.#adopt}` : '';
    if (cell.dataset.shown === wanted) return;
    cell.dataset.shown = wanted;
    const label = `${this.#adopt}: ${goalRow.cells[0]}`;
    cell.replaceChildren(
      goalRow.adoptable
        ? element(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              'data-edit': 'adopt_goal',
              'data-plan': goalRow.plan,
              'aria-label': label,
            },
            this.#adopt,
          )
        : '',
    );
  }
}

/** The scenario in words, which a printout shows instead of the form. */
export function showScenarioWords(section, words) {
  section.replaceChildren(
    element('h2', {}, 'The scenario'),
    element('ul', {}, ...words.map((line) => element('li', {}, line))),
  );
}
