// The form, drawn from the engine's view: its sections, fields, groups and
// their report helpers. Every label, hint, placeholder, choice and problem is
// the view's; the form only turns what a person does into the engine's
// edits ({ kind: 'set', field, text }, ...), with the text as typed.
import { element, idOf, setText } from './dom.js';

// Number inputs would let the browser rewrite "170,50" as 17050; the engine
// reads the text as people write it, so every value is a text input, with
// the keyboard a phone should offer.
const INPUT_MODES = { integer: 'numeric', seed: 'numeric', decimal: 'decimal', limit: 'text', schedule: 'text' };
// As styles.css: one column below this width.
const PHONE = matchMedia('(max-width: 959px)');

/** The key of a field's path: 'groups[0].seats' -> 'seats'. */
function keyOf(path) {
  return path.slice(path.lastIndexOf('.') + 1);
}

// What decides the form's shape: when it changes, the form is built anew.
function shapeOf(sections, only) {
  return (
    JSON.stringify(
      sections.map((section) => [
        section.title,
        section.fields.map((field) => [field.path, field.kind, field.applies, field.choices.length]),
        section.groups.length,
        section.add_group !== '',
      ]),
    ) + JSON.stringify([...(only ?? [])])
  );
}

export class FormView {
  #container;
  #onEdit;
  #only;
  #sectionHeading;
  #shape = '';
  #inputs = new Map(); // path -> the input, select or radios' fieldset

  /**
   * `onEdit(edit, kind)`: kind 'input' while a person types, 'change' when an
   * edit is committed. `only`: the field keys a compact form lays out
   * (embed.html), without groups' helpers or adding and removing groups.
   * `sectionHeading`: the sections' heading element, a level under the
   * form's own ('h3' under index.html's h2, 'h2' under embed.html's h1).
   */
  constructor(container, onEdit, { only = null, sectionHeading = 'h3' } = {}) {
    this.#container = container;
    this.#onEdit = onEdit;
    this.#only = only ? new Set(only) : null;
    this.#sectionHeading = sectionHeading;
    // The form's events stop here, so the page's handlers see only the rest:
    // an edit may redraw the form, and by the time an event bubbled on, its
    // target could be out of the document and no longer seen as the form's
    // (one click on "Add a group" added two).
    container.addEventListener('input', (event) => {
      event.stopPropagation();
      this.#edited(event.target, 'input');
    });
    container.addEventListener('change', (event) => {
      event.stopPropagation();
      this.#edited(event.target, 'change');
    });
    container.addEventListener('click', (event) => {
      if (this.#clicked(event.target.closest('button'))) event.stopPropagation();
    });
    container.addEventListener('keydown', (event) => this.#keyDown(event));
  }

  /**
   * Draws the view's fields; returns those with a problem that this form
   * does not lay out (a compact form's, from a link), for the page to list
   * where they can be seen and dropped.
   */
  show(view) {
    const shape = shapeOf(view.sections, this.#only);
    if (shape !== this.#shape) this.#build(view.sections, shape);
    const unshown = [];
    for (const section of view.sections) {
      for (const field of section.fields) this.#showField(field, unshown);
      section.groups.forEach((group, index) => this.#showGroup(group, index, unshown));
    }
    return unshown;
  }

  // ---- building

  #laysOut(path) {
    return !this.#only || this.#only.has(keyOf(path));
  }

  #build(sections, shape) {
    const focused = document.activeElement?.dataset?.field;
    // Sections a person opened or closed stay so when the form is built anew.
    const open = new Map(
      [...this.#container.querySelectorAll('details.form-section')].map((details) => [details.id, details.open]),
    );
    this.#inputs.clear();
    const blocks = sections
      .map((section, index) => this.#buildSection(section, index, open))
      .filter((block) => block.querySelector('[data-field]'));
    this.#container.replaceChildren(...blocks);
    this.#shape = shape;
    if (focused) this.#inputs.get(focused)?.focus?.();
  }

  // Every section folds; the engine says which start folded. On a phone
  // only the first two start open, so that the figures are near; a compact
  // form (embed.html) is short, and shows all it lays out.
  #buildSection(section, index, open) {
    const fields = section.fields.filter((field) => field.applies && this.#laysOut(field.path));
    const groups = section.groups
      .slice(0, this.#only ? 1 : undefined)
      .map((group, index) => this.#buildGroup(group, index));
    const add =
      section.add_group && !this.#only
        ? element('button', { type: 'button', class: 'secondary', 'data-edit': 'add_group' }, section.add_group)
        : null;
    const id = `section-${idOf(section.title)}`;
    const startsOpen = this.#only !== null || (!section.folded && (index < 2 || !PHONE.matches));
    return element(
      'details',
      { class: 'form-section', id, open: open.get(id) ?? startsOpen },
      element('summary', {}, element(this.#sectionHeading, {}, section.title)),
      ...fields.map((field) => this.#buildField(field)),
      ...groups,
      add,
    );
  }

  #buildField(field) {
    if (field.kind === 'choice' && field.path === 'policy') return this.#buildRadios(field);
    if (field.kind === 'choice' || field.kind === 'tristate') return this.#buildSelect(field);
    const id = idOf(field.path);
    const hint = element('p', { class: 'hint', id: `${id}-hint` }, field.hint);
    const error = element('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    const note = element('p', { class: 'hint note', id: `${id}-note`, hidden: true });
    const describedBy = `${id}-hint ${id}-note ${id}-error`;
    if (field.kind === 'boolean') {
      const box = element('input', { type: 'checkbox', id, 'data-field': field.path, 'aria-describedby': describedBy });
      this.#inputs.set(field.path, box);
      return element(
        'div',
        { class: 'field checkbox' },
        box,
        element('label', { for: id }, field.label),
        hint,
        note,
        error,
      );
    }
    const input = element('input', {
      type: 'text',
      id,
      'data-field': field.path,
      inputmode: INPUT_MODES[field.kind],
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': describedBy,
    });
    this.#inputs.set(field.path, input);
    return element(
      'div',
      { class: 'field', 'data-key': keyOf(field.path) },
      element('label', { for: id }, field.label),
      input,
      hint,
      note,
      error,
    );
  }

  #buildSelect(field) {
    const id = idOf(field.path);
    const select = element('select', {
      id,
      'data-field': field.path,
      'aria-describedby': `${id}-hint ${id}-note ${id}-error`,
    });
    const groups = new Map();
    for (const choice of field.choices) {
      const option = new Option(choice.label, choice.value);
      option.disabled = !choice.enabled;
      if (!choice.group) {
        select.append(option);
        continue;
      }
      if (!groups.has(choice.group)) {
        groups.set(choice.group, element('optgroup', { label: choice.group }));
        select.append(groups.get(choice.group));
      }
      groups.get(choice.group).append(option);
    }
    this.#inputs.set(field.path, select);
    return element(
      'div',
      { class: 'field', 'data-key': keyOf(field.path) },
      element('label', { for: id }, field.label),
      select,
      element('p', { class: 'hint', id: `${id}-hint` }, field.hint),
      element('p', { class: 'hint note', id: `${id}-note`, hidden: true }),
      element('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    );
  }

  // The policies as radio buttons, each with where its rules come from.
  #buildRadios(field) {
    const id = idOf(field.path);
    const options = field.choices.map((choice) => {
      const optionId = `${id}-${idOf(choice.value)}`;
      return element(
        'div',
        { class: 'choice-option' },
        element('input', {
          type: 'radio',
          name: field.path,
          id: optionId,
          value: choice.value,
          'data-field': field.path,
          'aria-describedby': `${optionId}-note`,
        }),
        element('label', { for: optionId }, choice.label),
        element('p', { class: 'hint source', id: `${optionId}-note` }, choice.note),
      );
    });
    const fieldset = element(
      'fieldset',
      { class: 'field choice', 'aria-describedby': `${id}-hint ${id}-error` },
      element('legend', {}, field.label),
      element('p', { class: 'hint', id: `${id}-hint` }, field.hint),
      ...options,
      element('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    );
    this.#inputs.set(field.path, fieldset);
    return fieldset;
  }

  #buildGroup(group, index) {
    const prefix = `group-${index}`;
    const fields = group.fields.filter((field) => this.#laysOut(field.path)).map((field) => this.#buildField(field));
    const warning = element('div', { class: 'rate-warning', id: `${prefix}-warning`, role: 'note', hidden: true });
    const legend = element('legend', { id: `${prefix}-title` });
    if (this.#only) {
      return element(
        'fieldset',
        { class: 'group', id: prefix },
        legend,
        warning,
        element('div', { class: 'field-row' }, ...fields),
      );
    }
    const [name, ...figures] = fields;
    return element(
      'fieldset',
      { class: 'group', id: prefix },
      legend,
      warning,
      name,
      element('div', { class: 'field-row' }, ...figures),
      this.#buildReport(group.report, index),
      element(
        'button',
        { type: 'button', class: 'secondary remove-group', 'data-edit': 'remove_group', 'data-group': index },
        'Remove this group',
      ),
    );
  }

  // "From your InMail report": the report's counts, turned into the
  // group's response rate by the engine.
  #buildReport(report, index) {
    const prefix = `group-${index}-report`;
    return element(
      'details',
      { class: 'report-helper', id: prefix },
      element('summary', {}, report.title),
      element('p', { class: 'hint' }, report.text),
      element('p', { class: 'hint source' }, report.source),
      element('div', { class: 'field-row' }, ...report.counts.map((count) => this.#buildField(count))),
      element('button', {
        type: 'button',
        class: 'secondary',
        'data-edit': 'use_report',
        'data-group': index,
        hidden: true,
      }),
    );
  }

  // ---- showing the view's values

  #showField(field, unshown) {
    const input = this.#inputs.get(field.path);
    if (!input) {
      if (field.error) unshown.push(field);
      return;
    }
    const id = idOf(field.path);
    const error = document.getElementById(`${id}-error`);
    // A new problem opens its section, so that it is seen.
    if (error.hidden && field.error !== '') input.closest('details:not([open])')?.setAttribute('open', '');
    setText(error, field.error);
    error.hidden = field.error === '';
    const note = document.getElementById(`${id}-note`);
    if (note) {
      setText(note, field.note);
      note.hidden = field.note === '';
    }
    const invalid = field.error !== '';
    if (input.tagName === 'FIELDSET') {
      for (const radio of input.querySelectorAll('input[type="radio"]')) {
        radio.checked = radio.value === field.text;
        radio.toggleAttribute('aria-invalid', invalid);
      }
      return;
    }
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (input.type === 'checkbox') {
      input.checked = field.text === 'true';
    } else if (input.tagName === 'SELECT') {
      this.#showChoice(input, field);
    } else {
      if (input.placeholder !== field.placeholder) input.placeholder = field.placeholder;
      // What a person is typing stays as they type it; the engine keeps it too.
      if (document.activeElement !== input && input.value !== field.text) input.value = field.text;
    }
  }

  // A value no option has (a hand-made link's plan) is shown as written,
  // so that its error reads beside it.
  #showChoice(select, field) {
    select.querySelector('option[data-unknown]')?.remove();
    if (![...select.options].some((option) => option.value === field.text)) {
      select.append(element('option', { value: field.text, 'data-unknown': '' }, field.text));
    }
    for (const option of select.options) {
      const choice = field.choices.find((candidate) => candidate.value === option.value);
      if (choice) {
        option.disabled = !choice.enabled;
        setText(option, choice.label);
      }
    }
    select.value = field.text;
  }

  #showGroup(group, index, unshown) {
    const fieldset = this.#container.querySelector(`#group-${index}`);
    if (!fieldset) {
      unshown.push(...group.fields.filter((field) => field.error));
      return;
    }
    setText(fieldset.querySelector('legend'), group.title);
    const warning = fieldset.querySelector('.rate-warning');
    setText(warning, group.warning);
    warning.hidden = group.warning === '';
    group.fields.forEach((field) => this.#showField(field, unshown));
    group.report.counts.forEach((count) => this.#showField(count, unshown));
    const use = fieldset.querySelector('[data-edit="use_report"]');
    if (use) {
      setText(use, group.report.action);
      use.hidden = group.report.action === '';
    }
    const remove = fieldset.querySelector('.remove-group');
    if (remove) {
      remove.hidden = !group.removable;
      remove.setAttribute('aria-label', `Remove the group ${group.title}`);
    }
  }

  // ---- edits

  #edited(target, kind) {
    const path = target.dataset?.field;
    if (path === undefined) return;
    if (target.type === 'radio' && !target.checked) return;
    const text = target.type === 'checkbox' ? String(target.checked) : target.value;
    // Selects, radios and checkboxes commit at once.
    const committed =
      kind === 'change' || target.tagName === 'SELECT' || target.type === 'checkbox' || target.type === 'radio';
    if (kind === 'change' && target.type === 'text') return this.#onEdit(null, 'change');
    if (kind === 'input' && committed) return;
    this.#onEdit({ kind: 'set', field: path, text }, committed ? 'change' : 'input');
  }

  // Whether the click was an edit of the form's.
  #clicked(button) {
    const kind = button?.dataset.edit;
    if (!kind) return false;
    const group = button.dataset.group === undefined ? undefined : Number(button.dataset.group);
    this.#onEdit({ kind, group }, 'change');
    if (kind === 'add_group') queueMicrotask(() => this.#container.querySelector('.group:last-of-type input')?.focus());
    if (kind === 'remove_group') this.#container.querySelector('[data-edit="add_group"]')?.focus();
    return true;
  }

  // Enter in the report helper's counts uses the rate they give.
  #keyDown(event) {
    const path = event.target.dataset?.field ?? '';
    const report = /^groups\[(\d+)\]\.report\./.exec(path);
    if (event.key !== 'Enter' || !report) return;
    event.preventDefault();
    this.#onEdit({ kind: 'use_report', group: Number(report[1]) }, 'change');
  }
}
