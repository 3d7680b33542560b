// The scenario form: reads the inputs into a scenario object, fills them from
// one, edits the groups of seats and shows the engine's errors at the fields.
import { FIRST_GROUP_NAME, GROUP_DEFAULTS, GROUP_KEYS, SCENARIO_DEFAULTS } from './query.js';

// Fields whose empty text means "not given" (the plan's allotment, no cap);
// any other empty field is passed on as "" so the engine says what it needs.
const OPTIONAL_FIELDS = new Set(['allotment', 'balance_cap']);
const TEXT_FIELDS = new Set(['policy', 'plan', 'start', 'name']);
const BOOLEAN_FIELDS = new Set(['pooled', 'launch_bonus']);
// Scenario keys in the spec's order; `groups` sits where the spec puts it.
const SCENARIO_KEYS = [
  'policy', 'plan', 'allotment', 'start', 'months', 'pooled', 'groups', 'opening_balance',
  'launch_bonus', 'expiry_days', 'balance_cap', 'refresh_day', 'trials', 'seed',
];

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Field text to a scenario value, by the same rule as the URL query: JSON
// where it parses, the text itself where it does not.
function fieldValue(key, text) {
  if (TEXT_FIELDS.has(key)) return text;
  const trimmed = text.trim();
  if (trimmed === '' && OPTIONAL_FIELDS.has(key)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}

function fieldText(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// The groups a scenario describes, and whether the form can show them.
function scenarioGroups(scenario) {
  if (Array.isArray(scenario.groups) && scenario.groups.every(isPlainObject)) {
    return { groups: scenario.groups, shown: true };
  }
  const shorthand = { name: FIRST_GROUP_NAME };
  for (const key of GROUP_KEYS) if (key in scenario) shorthand[key] = scenario[key];
  return { groups: [shorthand], shown: !('groups' in scenario) };
}

function hasInput(key, value, scenario, groupsShown) {
  if (key === 'groups') return groupsShown;
  if (GROUP_KEYS.includes(key)) return !('groups' in scenario);
  if (BOOLEAN_FIELDS.has(key)) return typeof value === 'boolean';
  return SCENARIO_KEYS.includes(key);
}

// Keys of a scenario the form has no input for (unknown keys, values of the
// wrong kind); they are passed on unchanged so the engine reports them.
function keysWithoutInput(scenario, groupsShown) {
  return Object.fromEntries(
    Object.entries(scenario).filter(([key, value]) => !hasInput(key, value, scenario, groupsShown)),
  );
}

export class ScenarioForm {
  #form;
  #plans = [];
  #extras = {};
  #groupTemplate;
  #groupsElement;
  #onEdit = () => {};

  constructor(form) {
    this.#form = form;
    this.#groupTemplate = document.querySelector('#group-template');
    this.#groupsElement = form.querySelector('#groups');
    // Selects and checkboxes fire 'input' too, so fields that depend on them
    // are updated before the scenario is read for either event.
    form.addEventListener('input', (event) => this.#edited(event.target, 'input'));
    form.addEventListener('change', (event) => this.#edited(event.target, 'change'));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('#add-group').addEventListener('click', () => this.#addGroup());
  }

  /** `listener(kind)` runs on every edit: kind 'input' while typing, 'change' when committed. */
  onEdit(listener) {
    this.#onEdit = listener;
  }

  setPlans(plans) {
    this.#plans = plans;
    const select = this.#input('plan');
    const groups = [
      ['Recruiter plans (2015 announcement) and Custom', plans.filter((plan) => !plan.from_help_pages)],
      ["From LinkedIn's help pages (2015 policy only)", plans.filter((plan) => plan.from_help_pages)],
    ];
    select.replaceChildren(
      ...groups.map(([label, members]) => {
        const optgroup = document.createElement('optgroup');
        optgroup.label = label;
        optgroup.append(...members.map((plan) => new Option(plan.display_name, plan.name)));
        return optgroup;
      }),
    );
  }

  /** Shows `scenario` in the inputs; defaults fill what it leaves out. */
  write(scenario) {
    const { groups, shown } = scenarioGroups(scenario);
    this.#extras = keysWithoutInput(scenario, shown);
    const plan = this.#planInfo(scenario.plan ?? SCENARIO_DEFAULTS.plan);
    const values = { ...SCENARIO_DEFAULTS, pooled: plan?.pools_default ?? false, ...scenario };
    for (const input of this.#form.querySelectorAll('[data-field]:not([data-key])')) {
      const key = input.dataset.field;
      if (input.type === 'checkbox') input.checked = values[key] === true;
      else input.value = fieldText(values[key]);
    }
    this.#renderGroups(groups);
    this.#updatePlanDependentFields();
  }

  /** The scenario the inputs describe, keys in the spec's order. */
  read() {
    const scenario = {};
    for (const key of SCENARIO_KEYS) {
      const value = key === 'groups' ? this.#readGroups() : this.#readField(key);
      if (value !== undefined) scenario[key] = value;
    }
    return { ...scenario, ...this.#extras };
  }

  /** Marks the fields the engine named; errors without a field are listed on top. */
  showErrors(errors) {
    this.#clearErrors();
    const unplaced = [];
    for (const error of errors) {
      const input = this.#inputForError(error.field);
      if (input) this.#markInvalid(input, error.message);
      else unplaced.push(error);
    }
    const list = this.#form.querySelector('#form-errors');
    list.replaceChildren(
      ...unplaced.map(({ field, message }) => {
        const item = document.createElement('li');
        item.textContent = field ? `${field}: ${message}` : message;
        return item;
      }),
    );
    list.hidden = unplaced.length === 0;
  }

  #input(key) {
    return this.#form.querySelector(`[data-field="${key}"]`);
  }

  #planInfo(name) {
    return this.#plans.find((plan) => plan.name === name);
  }

  #readField(key) {
    const input = this.#input(key);
    if (!input || input.disabled) return undefined;
    return input.type === 'checkbox' ? input.checked : fieldValue(key, input.value);
  }

  #readGroups() {
    return [...this.#groupsElement.querySelectorAll('.group')].map((fieldset) => {
      const group = {};
      for (const input of fieldset.querySelectorAll('[data-key]')) {
        group[input.dataset.key] = fieldValue(input.dataset.key, input.value);
      }
      return group;
    });
  }

  #edited(target, kind) {
    const field = target.dataset.field;
    if (field === 'plan') {
      this.#input('pooled').checked = this.#planInfo(target.value)?.pools_default ?? false;
    }
    if (['plan', 'policy', 'pooled'].includes(field)) this.#updatePlanDependentFields();
    if (target.dataset.key === 'name') this.#updateGroupLabels();
    this.#onEdit(kind);
  }

  // Pooling only where the plan pools (left editable while a link asks for
  // it anyway, so its error can be seen and fixed); help-page plans only
  // under 2015; the plan's allotment as the placeholder.
  #updatePlanDependentFields() {
    const policy = this.#input('policy').value;
    const plan = this.#planInfo(this.#input('plan').value);
    const pooled = this.#input('pooled');
    pooled.disabled = !plan?.pools && !pooled.checked;
    this.#form.querySelector('#pooled-hint').textContent = plan?.pools
      ? 'One shared balance for every seat of the team.'
      : `${plan?.display_name ?? 'This plan'} keeps one balance per seat.`;
    for (const option of this.#input('plan').querySelectorAll('option')) {
      option.disabled = policy === 'legacy' && this.#planInfo(option.value)?.from_help_pages;
    }
    const allotment = plan?.[policy === 'legacy' ? 'allotment_legacy' : 'allotment_2015'];
    this.#input('allotment').placeholder = allotment == null ? 'required' : `${allotment} (the plan's)`;
  }

  #renderGroups(groups) {
    this.#groupsElement.replaceChildren(...groups.map((group) => this.#groupFieldset(group)));
    this.#updateGroupLabels();
  }

  #groupFieldset(group) {
    const fieldset = this.#groupTemplate.content.firstElementChild.cloneNode(true);
    const values = { ...GROUP_DEFAULTS, ...group };
    for (const input of fieldset.querySelectorAll('[data-key]')) {
      input.value = fieldText(values[input.dataset.key]);
    }
    fieldset.querySelector('.remove-group').addEventListener('click', () => this.#removeGroup(fieldset));
    return fieldset;
  }

  // Ids, error paths and names follow each group's position.
  #updateGroupLabels() {
    const fieldsets = [...this.#groupsElement.querySelectorAll('.group')];
    fieldsets.forEach((fieldset, index) => {
      for (const input of fieldset.querySelectorAll('[data-key]')) {
        input.id = `group-${index}-${input.dataset.key}`;
        input.dataset.field = `groups[${index}].${input.dataset.key}`;
        fieldset.querySelector(`label[data-for="${input.dataset.key}"]`).htmlFor = input.id;
      }
      const name = fieldset.querySelector('[data-key="name"]').value || `Group ${index + 1}`;
      fieldset.querySelector('legend').textContent = name;
      const remove = fieldset.querySelector('.remove-group');
      remove.setAttribute('aria-label', `Remove group ${name}`);
      remove.disabled = fieldsets.length === 1;
    });
  }

  #addGroup() {
    const count = this.#groupsElement.querySelectorAll('.group').length;
    const fieldset = this.#groupFieldset({ name: `Group ${count + 1}` });
    this.#groupsElement.append(fieldset);
    this.#updateGroupLabels();
    fieldset.querySelector('[data-key="name"]').focus();
    this.#onEdit('change');
  }

  #removeGroup(fieldset) {
    fieldset.remove();
    this.#updateGroupLabels();
    this.#form.querySelector('#add-group').focus();
    this.#onEdit('change');
  }

  // The engine names single-group fields by their shorthand key when the
  // scenario used it, e.g. "seats" for a link with seats=0.
  #inputForError(field) {
    const path = GROUP_KEYS.includes(field) ? `groups[0].${field}` : field;
    return this.#form.querySelector(`[data-field="${CSS.escape(path)}"]`);
  }

  #markInvalid(input, message) {
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = `${input.id}-error`;
    note.textContent = message;
    input.closest('.field').append(note);
    input.setAttribute('aria-invalid', 'true');
    input.dataset.describedby ??= input.getAttribute('aria-describedby') ?? '';
    input.setAttribute('aria-describedby', `${input.dataset.describedby} ${note.id}`.trim());
    const details = input.closest('details');
    if (details) details.open = true;
  }

  #clearErrors() {
    for (const note of this.#form.querySelectorAll('.field-error')) note.remove();
    for (const input of this.#form.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      if (input.dataset.describedby) input.setAttribute('aria-describedby', input.dataset.describedby);
      else input.removeAttribute('aria-describedby');
      delete input.dataset.describedby;
    }
  }
}
