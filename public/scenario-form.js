// The scenario form, built from the engine's schema: labels, hints, limits
// and sections are the engine's, and so are the choices (policies with their
// sources, plans). It keeps the scenario as the user gave it (only the keys
// they set), shows what the engine says about it (the defaults in force, the
// pooling in use, the 13 % rule's warnings) and places its errors at the
// fields they name.
import { element, idOf, setText } from './dom.js';
import { ErrorMarks, describe } from './field-marks.js';
import { labelOf, showRule } from './schema-text.js';
import {
  addGroup,
  fieldText,
  fieldValue,
  groupsOf,
  isPlainObject,
  removeGroup,
  seatPrice,
  setGroupKey,
  setKey,
  setSeatPrice,
  usesShorthand,
  withoutPath,
} from './scenario-edit.js';

// Kinds whose field text is the value itself (not JSON).
const TEXT_KINDS = new Set(['choice', 'month', 'text']);
// Sections shown folded (a layout choice; the sections are the engine's).
const FOLDED_SECTIONS = new Set(['Monte Carlo']);
// The engine's request options rather than scenario inputs: the page always
// asks for the comparisons.
const NOT_INPUTS = new Set(['compare']);
const GROUP_PATH = /^groups\[(\d+)\]\.(.+)$/;
const PRICE_PATH = /^seat_prices\.(.+)$/;

// The scenario value for the text of `field`'s input (`field` may be unknown: a hand-made link's key).
function valueOf(field, text) {
  return fieldValue(text, { isText: TEXT_KINDS.has(field?.kind), optional: field?.default === null });
}

// What `field`'s input shows for the value given: a fixed default shows as
// a value; a default the engine works out shows as a placeholder.
function textOf(field, given) {
  return fieldText(given === undefined && field.default !== null ? field.default : given);
}

/**
 * Shows `text` in an input. A number input cannot hold text that is not a
 * number (a link's `months=abc`), so such text turns it into a text input,
 * which shows what the link held; the next number makes it a number input
 * again.
 */
export function showText(input, text) {
  if (input.dataset.number !== undefined) {
    input.type = 'number';
    input.value = text;
    if (input.value !== text) input.type = 'text';
  }
  input.value = text;
}

/** The attributes of an input for one value of `field`: type, limits, length. */
export function inputAttributes(field) {
  const hundredths = field.kind === 'hundredths' || field.kind === 'prices';
  if (field.kind === 'integer' || hundredths) {
    return {
      type: 'number',
      'data-number': '',
      min: hundredths ? field.min / 100 : field.min,
      max: hundredths ? field.max / 100 : field.max,
      step: hundredths ? '0.01' : '1',
      inputmode: hundredths ? 'decimal' : 'numeric',
    };
  }
  return {
    type: 'text',
    inputmode: field.kind === 'seed' ? 'numeric' : undefined,
    maxlength: field.kind === 'text' && field.max > 0 ? field.max : undefined,
  };
}

export class ScenarioForm {
  #form;
  #schema;
  #reportRate;
  #fields = new Map();
  #groupFields;
  #shorthandKeys;
  #scenario = {};
  #currency = '';
  #resolved = null;
  #groupNames = [];
  #lastPlan = undefined;
  #errors = new ErrorMarks('scenario');
  #onEdit = () => {};
  // The keys a compact form lays out (embed.html), or null for every input.
  #only;

  /**
   * `reportRate` is the engine's: InMail report counts to a response rate.
   * `fields`: lay out only these keys (top-level keys and the keys of a
   * group, e.g. `seats`), without the report helper and without adding or
   * removing groups: the compact form of embed.html. The scenario is still
   * kept whole, and errors at keys without an input are listed at the top.
   */
  constructor(form, schema, reportRate, { fields = null } = {}) {
    this.#form = form;
    this.#schema = schema;
    this.#reportRate = reportRate;
    this.#only = fields ? new Set(fields) : null;
    for (const field of [...schema.fields, ...schema.link_fields]) {
      if (!field.in_group && !NOT_INPUTS.has(field.key)) this.#fields.set(field.key, field);
    }
    this.#groupFields = schema.fields.filter((field) => field.in_group);
    this.#shorthandKeys = schema.shorthand_keys;
    this.#build();
    // Selects, radios and checkboxes fire 'input' too, then 'change'.
    form.addEventListener('input', (event) => this.handleEdit(event.target, 'input'));
    form.addEventListener('change', (event) => this.handleEdit(event.target, 'change'));
    form.addEventListener('submit', (event) => event.preventDefault());
  }

  /** `listener(kind)` runs after every edit: kind 'input' while typing, 'change' when committed. */
  onEdit(listener) {
    this.#onEdit = listener;
  }

  /** The scenario as the user gave it. */
  get scenario() {
    return this.#scenario;
  }

  /** The label the costs are shown in. */
  get currency() {
    return this.#currency;
  }

  /** Shows a scenario (and currency) as a link gives it: every input anew. */
  load(scenario, currency) {
    this.#scenario = isPlainObject(scenario) ? scenario : {};
    this.#currency = currency;
    this.#resolved = null;
    this.#writeInputs();
  }

  /**
   * An edit of any input with a `data-field` path, in the form or elsewhere
   * on the page (the seat prices in the plan comparison).
   */
  handleEdit(target, kind) {
    const path = target.dataset.field;
    if (path === undefined) return;
    if (target.type === 'radio' && !target.checked) return;
    this.#apply(path, target);
    this.#onEdit(kind);
  }

  /**
   * Shows what the engine answered for the scenario: the defaults in force,
   * the pooling in use, which plans the policy offers, the groups' names and
   * their 13 % rule warnings (kept from the last figures while there are
   * errors). The page calls it after every load and edit, so what follows
   * from the inputs is shown here only.
   */
  update({ result, notes }) {
    if (result) this.#resolved = result.resolved;
    this.#showDefaults(notes.defaults);
    this.#showPlanChoices();
    this.#showCheckboxes();
    this.#showSeatPrice();
    if (result) this.#groupNames = result.groups.map((group) => group.name);
    this.#showGroupNames();
    if (result) this.#showRateWarnings(result, notes);
  }

  /**
   * Marks the fields the engine named, anywhere on the page (the form and
   * the plan comparison's prices); errors without a field are listed at the
   * top of the form, with a button to drop a value the form cannot show.
   */
  showErrors(errors) {
    this.#errors.clear();
    const unplaced = [];
    for (const error of errors) {
      const inputs = this.#inputsFor(error.field);
      if (inputs.length > 0) this.#errors.mark(inputs, error.message);
      else unplaced.push(error);
    }
    this.#form.querySelector('#form-errors').replaceChildren(...unplaced.map((error) => this.#problemItem(error)));
    this.#form.querySelector('#form-problems').hidden = unplaced.length === 0;
  }

  // ---- building

  #laysOut(key) {
    if (!this.#only) return true;
    if (key === 'groups') return this.#groupFields.some((field) => this.#only.has(field.key));
    return this.#only.has(key);
  }

  #build() {
    const sections = new Map();
    for (const field of this.#fields.values()) {
      if (!this.#laysOut(field.key)) continue;
      if (!sections.has(field.section)) sections.set(field.section, []);
      sections.get(field.section).push(field);
    }
    // Folded sections last; the sort is stable, so each kind keeps the schema's order.
    const folded = (name) => FOLDED_SECTIONS.has(name);
    const container = this.#form.querySelector('#form-fields');
    for (const [name, fields] of [...sections].sort(([a], [b]) => folded(a) - folded(b))) {
      container.append(
        element(
          folded(name) ? 'details' : 'div',
          { class: 'form-section', id: `section-${idOf(name)}` },
          element(folded(name) ? 'summary' : 'h3', {}, name),
          ...fields.map((field) => this.#buildField(field)),
        ),
      );
    }
  }

  #buildField(field) {
    if (field.key === 'policy') return this.#buildPolicyChoice(field);
    if (field.key === 'plan') return this.#buildPlanChoice(field);
    if (field.kind === 'groups') return this.#buildGroups(field);
    if (field.kind === 'prices') return this.#buildSeatPrice(field);
    return this.#buildInput(field, field.key, field.key);
  }

  // A labelled input with its hint and, for a key whose default the engine
  // works out, the default in force.
  #buildInput(field, path, id, { hintExtra = null } = {}) {
    const hint = element('p', { class: 'hint', id: `${id}-hint` }, field.hint);
    const defaultHint = element('p', { class: 'hint default-hint', id: `${id}-default`, hidden: true });
    const describedBy = [hint.id, defaultHint.id, hintExtra?.id].filter(Boolean).join(' ');
    const label = element('label', { for: id }, field.label);
    if (field.kind === 'boolean') {
      const input = element('input', { type: 'checkbox', id, 'data-field': path, 'aria-describedby': describedBy });
      return element('div', { class: 'field checkbox' }, input, label, hint, hintExtra, defaultHint);
    }
    const input = element('input', {
      id,
      'data-field': path,
      autocomplete: 'off',
      'aria-describedby': describedBy,
      ...inputAttributes(field),
    });
    return element('div', { class: 'field', 'data-key': field.key }, label, input, hint, hintExtra, defaultHint);
  }

  // The policies as radio buttons, each with the one line saying where its
  // rules come from.
  #buildPolicyChoice(field) {
    const options = this.#schema.policies.map((policy) => {
      const id = `policy-${idOf(policy.name)}`;
      return element(
        'div',
        { class: 'choice-option' },
        element('input', {
          type: 'radio',
          name: 'policy',
          id,
          value: policy.name,
          'data-field': field.key,
          'aria-describedby': `${id}-source`,
        }),
        element('label', { for: id }, policy.display_name),
        element('p', { class: 'hint source', id: `${id}-source` }, policy.source),
      );
    });
    return element(
      'fieldset',
      { class: 'field choice', 'aria-describedby': 'policy-hint' },
      element('legend', {}, field.label),
      element('p', { class: 'hint', id: 'policy-hint' }, field.hint),
      ...options,
    );
  }

  #buildPlanChoice(field) {
    const source = element('p', { class: 'hint source', id: 'plan-source' });
    const wrapper = this.#buildInput(field, field.key, field.key, { hintExtra: source });
    const input = wrapper.querySelector('input');
    const select = element('select', {
      id: input.id,
      'data-field': field.key,
      'aria-describedby': input.getAttribute('aria-describedby'),
    });
    const ownPlans = this.#schema.plans.filter((plan) => !plan.from_help_pages);
    const helpPagePlans = this.#schema.plans.filter((plan) => plan.from_help_pages);
    select.append(
      ...ownPlans.map((plan) => new Option(plan.display_name, plan.name)),
      element(
        'optgroup',
        { label: "From LinkedIn's help pages" },
        ...helpPagePlans.map((plan) => new Option(plan.display_name, plan.name)),
      ),
    );
    input.replaceWith(select);
    return wrapper;
  }

  #buildGroups(field) {
    let add = null;
    if (!this.#only) {
      add = element(
        'button',
        { type: 'button', id: 'add-group', class: 'secondary', 'aria-describedby': 'groups-hint' },
        'Add group',
      );
      add.addEventListener('click', () => this.#addGroup());
    }
    return element(
      'div',
      { class: 'groups-field' },
      element('p', { class: 'hint', id: 'groups-hint' }, field.hint),
      element('div', { id: 'groups' }),
      add,
    );
  }

  // The price of the plan in use; the other plans' prices are set in the
  // plan comparison.
  #buildSeatPrice(field) {
    const plan = element('p', { class: 'hint', id: 'seat-price-plan' });
    const wrapper = this.#buildInput(field, 'seat_prices', 'seat-price', { hintExtra: plan });
    wrapper.querySelector('input').dataset.priceInUse = '';
    return wrapper;
  }

  // ---- showing the scenario

  #input(path) {
    return this.#form.querySelector(`[data-field="${CSS.escape(path)}"]:not([type="radio"])`);
  }

  #plan(name) {
    return this.#schema.plans.find((plan) => plan.name === name);
  }

  // The plan the scenario names, else the schema's default plan.
  #planName() {
    return typeof this.#scenario.plan === 'string' ? this.#scenario.plan : this.#fields.get('plan')?.default;
  }

  #writeInputs() {
    for (const [key, field] of this.#fields) {
      if (['policy', 'plan'].includes(key) || ['groups', 'prices', 'boolean'].includes(field.kind)) continue;
      const input = this.#input(key);
      if (!input) continue;
      showText(input, textOf(field, key === 'currency' ? this.#currency : this.#scenario[key]));
    }
    for (const radio of this.#form.querySelectorAll('input[name="policy"]')) {
      radio.checked = radio.value === this.#scenario.policy;
    }
    // A folded section opens when the scenario sets one of its fields.
    for (const section of this.#form.querySelectorAll('details.form-section')) {
      if ([...section.querySelectorAll('[data-field]')].some((input) => input.dataset.field in this.#scenario)) {
        section.open = true;
      }
    }
    this.#writePlan();
    this.#lastPlan = undefined;
    this.#renderGroups();
  }

  // A plan the schema does not know (from a hand-made link) is shown as the
  // link wrote it, so its error can be read next to it.
  #writePlan() {
    const select = this.#input('plan');
    if (!select) return;
    select.querySelector('option[data-unknown]')?.remove();
    const name = this.#planName();
    if (!this.#plan(name)) {
      select.append(element('option', { value: fieldText(name), 'data-unknown': '' }, fieldText(name)));
    }
    select.value = fieldText(name);
  }

  // The schema names the defaults that depend on the policy, the plan or the
  // month ("600 = 4 x 150 (help pages)"): placeholders and hints.
  #showDefaults(defaults) {
    for (const [key, text] of Object.entries(defaults)) {
      const input = this.#input(key);
      if (!input) continue;
      const hint = this.#form.querySelector(`#${CSS.escape(input.id)}-default`);
      if (input.type === 'checkbox') {
        setText(hint, `Default: ${text}`);
      } else {
        if (input.placeholder !== text) input.placeholder = text;
        setText(hint, `If left empty: ${text}`);
      }
      hint.hidden = false;
    }
  }

  // Plans the policy does not offer are shown, but not for picking.
  #showPlanChoices() {
    const policy = this.#schema.policies.find((candidate) => candidate.name === this.#scenario.policy);
    const select = this.#input('plan');
    if (!select) return;
    for (const option of select.querySelectorAll('option:not([data-unknown])')) {
      const plan = this.#plan(option.value);
      const offered = !policy || plan.offered_by.includes(policy.name);
      option.disabled = !offered;
      setText(option, offered ? plan.display_name : `${plan.display_name} (not offered under ${policy.display_name})`);
    }
    setText(this.#form.querySelector('#plan-source'), this.#plan(this.#planName())?.source ?? '');
  }

  // A checkbox shows the value given, else the one in use (the engine's
  // `resolved`), else the schema's default; pooling, whose default is the
  // plan's, shows the plan's default while there are no figures. Pooling is
  // disabled where the plan cannot pool, unless the scenario asks for it (so
  // its error can be seen and cleared).
  #showCheckboxes() {
    for (const [key, field] of this.#fields) {
      if (field.kind !== 'boolean') continue;
      const input = this.#input(key);
      if (!input) continue;
      const given = this.#scenario[key];
      const plan = this.#plan(this.#planName());
      let checked;
      if (typeof given === 'boolean') checked = given;
      else if (this.#resolved && key in this.#resolved) checked = this.#resolved[key] === true;
      else if (typeof field.default === 'boolean') checked = field.default;
      else checked = key === 'pooled' && plan?.pools_default === true;
      input.checked = checked;
      if (key === 'pooled') input.disabled = plan !== undefined && !plan.pools && given !== true;
    }
  }

  #showSeatPrice() {
    const input = this.#form.querySelector('[data-price-in-use]');
    if (!input) return;
    const planName = this.#planName();
    input.dataset.field = `seat_prices.${planName}`;
    const plan = this.#plan(planName);
    setText(
      this.#form.querySelector('#seat-price-plan'),
      plan ? `For ${plan.display_name}, the plan in use. The plan comparison takes the prices of the other plans.` : '',
    );
    if (planName !== this.#lastPlan && document.activeElement !== input) {
      showText(input, fieldText(seatPrice(this.#scenario, planName)));
      this.#lastPlan = planName;
    }
  }

  // ---- groups

  #renderGroups() {
    const groups = groupsOf(this.#scenario, this.#shorthandKeys);
    const container = this.#form.querySelector('#groups');
    container.replaceChildren(...groups.map((group, index) => this.#groupFieldset(group, index, groups.length)));
  }

  #groupFieldset(group, index, count) {
    const prefix = `group-${index}`;
    const laidOut = this.#groupFields.filter((field) => this.#laysOut(field.key));
    const fields = laidOut.map((field) => {
      const wrapper = this.#buildInput(field, `groups[${index}].${field.key}`, `${prefix}-${field.key}`);
      const input = wrapper.querySelector('input');
      showText(input, textOf(field, group[field.key]));
      return wrapper;
    });
    const legend = element('legend', {});
    const warning = element('div', { class: 'rate-warning', id: `${prefix}-warning`, hidden: true });
    if (this.#only) {
      return element(
        'fieldset',
        { class: 'group', id: prefix },
        legend,
        warning,
        element('div', { class: 'field-row' }, ...fields),
      );
    }
    // The name on a line of its own, the figures two by two.
    const [first, ...rest] = fields;
    const remove = element('button', { type: 'button', class: 'remove-group secondary' }, 'Remove group');
    remove.disabled = count === 1;
    remove.addEventListener('click', () => this.#removeGroup(index));
    return element(
      'fieldset',
      { class: 'group', id: prefix },
      legend,
      warning,
      first,
      element('div', { class: 'field-row' }, ...rest),
      this.#reportHelper(index),
      remove,
    );
  }

  // Legends: the name given, else the engine's name for the group (from the
  // last figures), which also shows as the name field's placeholder.
  #showGroupNames() {
    for (const fieldset of this.#form.querySelectorAll('fieldset.group')) {
      const index = Number(fieldset.id.slice('group-'.length));
      const nameInput = fieldset.querySelector(`[data-field="groups[${index}].name"]`);
      const engineName = this.#groupNames[index] ?? '';
      if (nameInput && nameInput.placeholder !== engineName) nameInput.placeholder = engineName;
      const name = nameInput?.value.trim() || engineName || 'Unnamed group';
      setText(fieldset.querySelector('legend'), name);
      fieldset.querySelector('.remove-group')?.setAttribute('aria-label', `Remove group ${name}`);
    }
  }

  // The 13 % rule at the group it concerns: the engine's warning for the
  // group (one per group with warning days, in the groups' order) and the
  // rule with its source. The warning joins the group's response rate.
  #showRateWarnings(result, notes) {
    const daysLabel = labelOf(this.#schema.group_month_columns, 'rate_warning_days');
    result.groups.forEach((group, index) => {
      const box = this.#form.querySelector(`#group-${index}-warning`);
      if (!box) return;
      const rate = this.#form.querySelector(`[data-field="groups[${index}].response_rate"]`);
      const days = group.rate_warning_days;
      const text = notes.rate_warnings.find((warning) => warning.group === index)?.text;
      box.hidden = days === 0;
      if (rate) describe(rate, 'warning', days > 0 ? [box.id] : []);
      if (days === 0) {
        box.replaceChildren();
        return;
      }
      const rule = {
        title: element('strong'),
        text: element('p', { class: 'hint' }),
        source: element('p', { class: 'hint source' }),
      };
      showRule(this.#schema.rules.rate_warning, rule);
      box.replaceChildren(
        element('p', { class: 'warning-title' }, rule.title),
        element('p', {}, `${daysLabel}: ${days}`),
        element('p', {}, text ?? ''),
        rule.text,
        rule.source,
      );
    });
  }

  #addGroup() {
    this.#scenario = addGroup(this.#scenario, this.#shorthandKeys);
    this.#renderGroups();
    const fieldsets = this.#form.querySelectorAll('fieldset.group');
    fieldsets[fieldsets.length - 1].querySelector('input').focus();
    this.#onEdit('change');
  }

  #removeGroup(index) {
    this.#scenario = removeGroup(this.#scenario, index, this.#shorthandKeys);
    this.#groupNames = this.#groupNames.filter((name, position) => position !== index);
    this.#renderGroups();
    this.#form.querySelector('#add-group').focus();
    this.#onEdit('change');
  }

  // "From your InMail report": sent, accepted and declined to the group's
  // response rate, by the engine's rule, with the engine's note.
  #reportHelper(index) {
    const prefix = `group-${index}-report`;
    const errors = new ErrorMarks(prefix);
    const counts = [
      ['sent', 'InMails sent'],
      ['accepted', 'Accepted'],
      ['declined', 'Declined'],
    ].map(([key, label]) =>
      element(
        'div',
        { class: 'field' },
        element('label', { for: `${prefix}-${key}` }, label),
        element('input', {
          id: `${prefix}-${key}`,
          'data-count': key,
          type: 'number',
          min: 0,
          step: 1,
          inputmode: 'numeric',
          autocomplete: 'off',
          'aria-describedby': `${prefix}-note`,
        }),
      ),
    );
    const outcome = element('p', { class: 'hint', id: `${prefix}-outcome`, 'aria-live': 'polite' });
    const button = element('button', { type: 'button', class: 'secondary' }, 'Use this response rate');
    const rule = {
      title: element('summary'),
      text: element('p', { class: 'hint', id: `${prefix}-note` }),
      source: element('p', { class: 'hint source' }),
    };
    showRule(this.#schema.rules.report_helper, rule);
    const helper = element(
      'details',
      { class: 'report-helper' },
      rule.title,
      rule.text,
      rule.source,
      element('div', { class: 'field-row' }, ...counts),
      button,
      outcome,
    );
    const fill = () => this.#fillFromReport(index, helper, errors, outcome);
    button.addEventListener('click', fill);
    helper.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target.dataset.count !== undefined) {
        event.preventDefault();
        fill();
      }
    });
    return helper;
  }

  #fillFromReport(index, helper, errors, outcome) {
    const inputs = Object.fromEntries(
      [...helper.querySelectorAll('[data-count]')].map((input) => [input.dataset.count, input]),
    );
    const counts = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, fieldValue(input.value)]));
    const { response_rate: rate, errors: problems } = this.#reportRate(counts);
    errors.clear();
    outcome.textContent = '';
    if (rate === null) {
      for (const problem of problems) {
        const input = inputs[problem.field];
        errors.mark(input ? [input] : [helper.querySelector('button')], problem.message);
      }
      return;
    }
    this.#scenario = setGroupKey(this.#scenario, index, 'response_rate', rate, this.#shorthandKeys);
    const rateInput = this.#form.querySelector(`[data-field="groups[${index}].response_rate"]`);
    if (rateInput) showText(rateInput, fieldText(rate));
    outcome.textContent = `${labelOf(this.#groupFields, 'response_rate')} set to ${rate}.`;
    this.#onEdit('change');
  }

  // ---- edits

  #apply(path, target) {
    const text = target.value;
    if (path === 'currency') {
      this.#currency = text;
      return;
    }
    const group = GROUP_PATH.exec(path);
    if (group) {
      const field = this.#groupFields.find((candidate) => candidate.key === group[2]);
      const value = valueOf(field, text);
      this.#scenario = setGroupKey(this.#scenario, Number(group[1]), group[2], value, this.#shorthandKeys);
      return;
    }
    const price = PRICE_PATH.exec(path);
    if (price) {
      this.#scenario = setSeatPrice(this.#scenario, price[1], fieldValue(text, { optional: true }));
      return;
    }
    const field = this.#fields.get(path);
    if (target.type === 'checkbox') {
      this.#scenario = setKey(this.#scenario, path, target.checked);
      return;
    }
    const value = valueOf(field, text);
    if (path === 'plan' && value !== this.#scenario.plan) {
      // A new plan takes its own pooling: picking a plan never creates an
      // error the user did not ask for. The old plan's pooling in use no
      // longer holds: until figures come for the new plan, its default shows.
      this.#scenario = setKey(setKey(this.#scenario, 'plan', value), 'pooled', undefined);
      this.#resolved = null;
      return;
    }
    this.#scenario = setKey(this.#scenario, path, value);
  }

  // The inputs an error's field names: the engine names a single group's
  // fields by their shorthand key ("seats") when the scenario used it.
  #inputsFor(field) {
    const path = usesShorthand(this.#scenario) && this.#shorthandKeys.includes(field) ? `groups[0].${field}` : field;
    if (!path) return [];
    return [...document.querySelectorAll(`[data-field="${CSS.escape(path)}"]`)];
  }

  #problemItem({ field, message }) {
    const item = element('li', {}, field ? `${field}: ${message}` : message);
    const without = field ? withoutPath(this.#scenario, field) : null;
    if (without) {
      const drop = element(
        'button',
        { type: 'button', class: 'secondary small', 'aria-label': `Remove ${field} from the scenario` },
        'Remove',
      );
      drop.addEventListener('click', () => {
        this.#scenario = without;
        this.#writeInputs();
        this.#form.querySelector('#inputs-heading').focus();
        this.#onEdit('change');
      });
      item.append(' ', drop);
    }
    return item;
  }
}
