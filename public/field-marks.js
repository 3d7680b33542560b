// Messages joined to inputs: errors under the field they name, warnings next
// to the field they concern. An input's aria-describedby is its own hints
// followed by every message joined to it, each kind kept in its own slot so
// that clearing one kind leaves the others.

const describedBy = new WeakMap();
let nextNoteId = 0;

/** Sets the ids of `slot`'s messages for `element` (the hints it was built with stay first). */
export function describe(element, slot, ids) {
  let slots = describedBy.get(element);
  if (!slots) {
    const own = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    slots = new Map([['hints', own]]);
    describedBy.set(element, slots);
  }
  slots.set(slot, ids);
  const all = [...slots.values()].flat();
  if (all.length > 0) element.setAttribute('aria-describedby', all.join(' '));
  else element.removeAttribute('aria-describedby');
}

/** Error messages of one source (the scenario, or one helper), placed at their inputs. */
export class ErrorMarks {
  #slot;
  #notes = [];
  #marked = new Map();

  constructor(slot) {
    this.#slot = slot;
  }

  /**
   * Shows `message` under `container` and marks `inputs` (a radio group
   * marks every radio) invalid, described by it. Opens a closed <details>
   * around it, so the message is seen.
   */
  mark(inputs, message, container = inputs[0].closest('.field') ?? inputs[0].parentElement) {
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = `error-${this.#slot}-${(nextNoteId += 1)}`;
    note.textContent = message;
    container.append(note);
    this.#notes.push(note);
    for (const input of inputs) {
      const ids = [...(this.#marked.get(input) ?? []), note.id];
      this.#marked.set(input, ids);
      input.setAttribute('aria-invalid', 'true');
      describe(input, this.#slot, ids);
    }
    const details = container.closest('details');
    if (details) details.open = true;
  }

  clear() {
    for (const note of this.#notes) note.remove();
    this.#notes = [];
    for (const input of this.#marked.keys()) {
      input.removeAttribute('aria-invalid');
      describe(input, this.#slot, []);
    }
    this.#marked.clear();
  }
}
