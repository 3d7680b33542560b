// The month chart, drawn as SVG from the engine's chart view: InMails sent
// and not sent as stacked bars (the sending plan), the closing balance and
// the credits back as lines, the Monte Carlo p10-p90 band, the y axis with
// the engine's ticks and label, and a legend with the latest month's values.
// Colours are classes (styles.css), so the chart follows the theme and prints.
import { element, setText } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 64 };
const BAR_SERIES = ['sent', 'unsent'];
const LINE_SERIES = ['closing', 'refunded'];

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

// Where figures land: doubles for drawing only; the figures stay integers.
function scales(chart, width) {
  const top = chart.y_ticks.at(-1) || 1;
  const plotWidth = Math.max(width - MARGIN.left - MARGIN.right, 1);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(chart.months.length, 1);
  return {
    slot,
    x: (month) => MARGIN.left + (month + 0.5) * slot,
    y: (value) => MARGIN.top + plotHeight * (1 - value / top),
  };
}

// Label every stride-th month so that the labels do not overlap.
function monthStride(slot) {
  const labelWidth = 56;
  return Math.max(1, Math.ceil(labelWidth / slot));
}

function axes(chart, scale, width) {
  const nodes = [];
  chart.y_ticks.forEach((tick, index) => {
    const y = scale.y(tick);
    nodes.push(svg('line', { class: 'grid', x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y }));
    nodes.push(
      svg('text', { class: 'tick', x: MARGIN.left - 6, y: y + 4, 'text-anchor': 'end' }, chart.y_tick_texts[index]),
    );
  });
  const stride = monthStride(scale.slot);
  chart.months.forEach((month, index) => {
    if (index % stride !== 0) return;
    nodes.push(svg('text', { class: 'tick', x: scale.x(index), y: HEIGHT - 8, 'text-anchor': 'middle' }, month));
  });
  const middle = MARGIN.top + (HEIGHT - MARGIN.top - MARGIN.bottom) / 2;
  nodes.push(
    svg(
      'text',
      { class: 'axis-label', transform: `translate(14 ${middle}) rotate(-90)`, 'text-anchor': 'middle' },
      chart.y_label,
    ),
  );
  return nodes;
}

function bars(chart, scale) {
  const byKey = Object.fromEntries(chart.series.map((series) => [series.key, series.values]));
  const barWidth = Math.max(scale.slot * 0.6, 1);
  const nodes = [];
  chart.months.forEach((month, index) => {
    let base = 0;
    for (const key of BAR_SERIES) {
      const value = byKey[key][index];
      if (value > 0) {
        const y = scale.y(base + value);
        nodes.push(
          svg('rect', {
            class: `bar series-${key}`,
            x: scale.x(index) - barWidth / 2,
            y,
            width: barWidth,
            height: scale.y(base) - y,
          }),
        );
      }
      base += value;
    }
  });
  return nodes;
}

function points(values, scale) {
  return values.map((value, index) => `${scale.x(index).toFixed(1)} ${scale.y(value).toFixed(1)}`);
}

function lines(chart, scale) {
  const nodes = [];
  if (chart.band) {
    // The area between p90, left to right, and p10, back.
    const [low, high] = chart.band;
    const outline = [...points(high.values, scale), ...points(low.values, scale).reverse()];
    nodes.push(svg('path', { class: 'band', d: `M${outline.join(' L')} Z` }));
  }
  for (const series of chart.series.filter((candidate) => LINE_SERIES.includes(candidate.key))) {
    nodes.push(svg('path', { class: `line series-${series.key}`, d: `M${points(series.values, scale).join(' L')}` }));
  }
  return nodes;
}

// A transparent column a month, whose title is the month's figures: the
// browser's tooltip on hover.
function hoverTargets(chart, scale) {
  return chart.months.map((month, index) => {
    const figures = chart.series.map((series) => `${series.label} ${series.texts[index]}`).join(', ');
    return svg(
      'rect',
      {
        class: 'hover',
        x: scale.x(index) - scale.slot / 2,
        y: MARGIN.top,
        width: scale.slot,
        height: HEIGHT - MARGIN.top - MARGIN.bottom,
      },
      svg('title', {}, `${month}: ${figures}`),
    );
  });
}

export class ChartView {
  #container;
  #legend;
  #chart = null;
  #width = 0;

  constructor(container, legend) {
    this.#container = container;
    this.#legend = legend;
    new ResizeObserver(() => {
      const width = this.#container.clientWidth;
      if (width !== this.#width && this.#chart) this.#draw();
    }).observe(container);
  }

  show(chart) {
    this.#chart = chart;
    this.#draw();
    this.#showLegend(chart);
  }

  #draw() {
    const chart = this.#chart;
    const width = Math.max(this.#container.clientWidth, 280);
    this.#width = this.#container.clientWidth;
    const scale = scales(chart, width);
    const drawing = svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${HEIGHT}`,
        width: '100%',
        height: HEIGHT,
        role: 'img',
        'aria-label': `${chart.title}; the table below holds every figure`,
      },
      ...axes(chart, scale, width),
      ...bars(chart, scale),
      ...lines(chart, scale),
      ...hoverTargets(chart, scale),
    );
    this.#container.replaceChildren(drawing);
  }

  // The legend names each series with its value in the latest month.
  #showLegend(chart) {
    const last = chart.months.at(-1) ?? '';
    const items = [...chart.series, ...(chart.band ?? [])].map((series) =>
      element(
        'li',
        { class: `legend-item series-${series.key.replace('closing_p10', 'band').replace('closing_p90', 'band')}` },
        element('span', { class: 'swatch', 'aria-hidden': 'true' }),
        `${series.label}: `,
        element('strong', {}, series.latest),
      ),
    );
    const heading = element('span', { class: 'legend-heading' }, `${chart.title}, ${last}:`);
    this.#legend.replaceChildren(heading, element('ul', {}, ...items));
    setText(heading, `${chart.title}, ${last}:`);
  }
}
