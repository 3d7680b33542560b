// A table of the engine's view ({ title, header, rows, marks }) in a
// scroll box: the first column stays in place while the others scroll, and
// a box that holds more than it shows says so at its edge. Money cells
// ({ text, cents }) are written the way the reader's locale writes money.
import { element, setText } from './dom.js';
import { formatMoney } from './money-format.js';

/** A cell's text: money through the reader's locale, anything else as the engine wrote it. */
export function cellText(cell, currency) {
  return typeof cell === 'object' && cell !== null ? formatMoney(cell.cents, currency) : cell;
}

// Scroll boxes wider than the screen get `data-more` ("left", "right",
// "both"), which styles.css shows as a fade and a hint at that edge.
const overflowWatcher = new ResizeObserver((entries) => entries.forEach(({ target }) => markOverflow(target)));

function markOverflow(box) {
  const more = [];
  if (box.scrollLeft > 1) more.push('left');
  if (box.scrollLeft + box.clientWidth < box.scrollWidth - 1) more.push('right');
  if (more.length > 0) box.dataset.more = more.join(' ');
  else delete box.dataset.more;
}

// After a table is drawn, its box is measured in the next frame, when the
// browser lays the page out anyway: measured at once, each table drawn
// would lay the whole page out once more (20 ms of the first view).
const boxesToMark = new Set();
function markOverflowSoon(box) {
  if (boxesToMark.size === 0) {
    requestAnimationFrame(() => {
      boxesToMark.forEach(markOverflow);
      boxesToMark.clear();
    });
  }
  boxesToMark.add(box);
}

export class TableView {
  #box;
  #table;
  #onRow;
  #owned;

  /**
   * Draws into `container`. `onRow(tr, index)` fills the cells of the
   * columns in `owned` (an input, a button; -1 is the last column), which
   * show() leaves alone so that what they hold keeps its focus; it runs on
   * every show().
   */
  constructor(container, { caption = true, onRow = null, owned = [] } = {}) {
    this.#owned = new Set(owned);
    this.#table = element('table', {}, caption ? element('caption') : null, element('thead'), element('tbody'));
    this.#box = element('div', { class: 'table-scroll', role: 'region', tabindex: '0' }, this.#table);
    this.#box.addEventListener('scroll', () => markOverflow(this.#box), { passive: true });
    overflowWatcher.observe(this.#box);
    this.#onRow = onRow;
    container.replaceChildren(this.#box);
  }

  show(table, currency) {
    const caption = this.#table.caption;
    if (caption) {
      setText(caption, table.title);
      this.#box.setAttribute('aria-label', table.title);
    }
    this.#showHeader(table.header);
    const body = this.#table.tBodies[0];
    while (body.rows.length > table.rows.length) body.deleteRow(-1);
    table.rows.forEach((cells, index) => {
      const row = body.rows[index] ?? body.insertRow();
      this.#showRow(row, cells, table.marks[index] ?? '', currency);
      this.#onRow?.(row, index);
    });
    markOverflowSoon(this.#box);
  }

  #showHeader(labels) {
    const head = this.#table.tHead;
    const current = [...(head.rows[0]?.cells ?? [])].map((cell) => cell.textContent);
    if (current.join('\u0000') === labels.join('\u0000')) return;
    head.replaceChildren(element('tr', {}, ...labels.map((label) => element('th', { scope: 'col' }, label))));
  }

  // Only texts that changed are replaced: a keystroke redraws a row in place.
  #showRow(row, cells, mark, currency) {
    row.className = mark
      .split(', ')
      .filter(Boolean)
      .map((tag) => `mark-${tag.replace(/\W+/g, '-')}`)
      .join(' ');
    while (row.cells.length > cells.length) row.deleteCell(-1);
    cells.forEach((cell, column) => {
      let node = row.cells[column];
      if (!node) {
        node = column === 0 ? element('th', { scope: 'row' }) : element('td');
        row.append(node);
      }
      if (this.#owned.has(column) || this.#owned.has(column - cells.length)) return;
      const text = cellText(cell, currency);
      if (column > 0) return setText(node, text);
      const tags = mark.split(', ').filter(Boolean);
      const wanted = [text, ...tags].join('|');
      if (node.dataset.shown === wanted) return;
      node.dataset.shown = wanted;
      node.replaceChildren(text, ...tags.map((tag) => element('strong', { class: 'tag' }, tag)));
    });
  }
}
