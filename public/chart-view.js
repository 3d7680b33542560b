// The month chart, drawn by uPlot: closing balance, InMails sent, credits
// credited back, and the Monte Carlo p10–p90 band of the closing balance when
// there is one. uPlot is loaded with the first chart, not with the page: the
// figures do not need it, and they come first.

const CHART_HEIGHT = 280;
const UPLOT_URL = new URL('./uPlot.iife.min.js', import.meta.url);
const UPLOT_STYLES_URL = new URL('./uPlot.min.css', import.meta.url);

let uPlotLoading = null;

// Appends `element` (a script or a stylesheet) to the head; resolves once it
// has loaded.
function appendLoaded(element) {
  return new Promise((resolve, reject) => {
    element.onload = resolve;
    element.onerror = () => reject(new Error('The chart library could not be loaded.'));
    document.head.append(element);
  });
}

// uPlot ships as a classic script defining the global `uPlot`, and a
// stylesheet for its legend; neither holds up the page's first figures.
function loadUPlot() {
  uPlotLoading ??= (async () => {
    const script = document.createElement('script');
    script.src = UPLOT_URL;
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = UPLOT_STYLES_URL;
    await Promise.all([appendLoaded(script), appendLoaded(styles)]);
    return globalThis.uPlot;
  })();
  return uPlotLoading;
}

// Colours come from the stylesheet, so the chart follows the light or dark theme.
function themeColour(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function lineSeries(label, colourName, extra = {}) {
  return { label, stroke: themeColour(colourName), width: 2, points: { show: false }, ...extra };
}

function axis() {
  const colour = themeColour('--text-muted');
  return { stroke: colour, grid: { stroke: themeColour('--grid') }, ticks: { stroke: colour } };
}

function chartOptions(months, withBand, width) {
  const series = [
    { label: 'Month', value: (chart, index) => months[index] ?? '' },
    lineSeries('Closing balance', '--series-closing'),
    lineSeries('Sent', '--series-sent'),
    lineSeries('Credited back', '--series-refunded'),
  ];
  if (withBand) {
    series.push(
      lineSeries('Closing p10', '--series-band', { width: 1, dash: [4, 4] }),
      lineSeries('Closing p90', '--series-band', { width: 1, dash: [4, 4] }),
    );
  }
  return {
    width,
    height: CHART_HEIGHT,
    series,
    bands: withBand ? [{ series: [5, 4], fill: themeColour('--band-fill') }] : [],
    scales: { x: { time: false } },
    axes: [
      {
        ...axis(),
        values: (chart, splits) => splits.map((index) => months[index] ?? ''),
        incrs: [1, 2, 3, 6, 12, 24],
      },
      { ...axis(), size: 60 },
    ],
    cursor: { drag: { x: false, y: false } },
  };
}

function chartData(result, monteCarlo) {
  const data = [
    result.months.map((month, index) => index),
    result.months.map((month) => month.closing),
    result.months.map((month) => month.sent),
    result.months.map((month) => month.refunded),
  ];
  if (monteCarlo) {
    data.push(
      monteCarlo.months.map((month) => month.closing_p10),
      monteCarlo.months.map((month) => month.closing_p90),
    );
  }
  return data;
}

export class ChartView {
  #container;
  #chart = null;
  #shape = '';
  #last = null;

  constructor(container) {
    this.#container = container;
    new ResizeObserver(() => this.#chart?.setSize({ width: this.#width(), height: CHART_HEIGHT })).observe(container);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.#redraw());
  }

  /**
   * Draws `result`, with the band of `monteCarlo` (null for none), once uPlot
   * has loaded; only the newest figures are drawn. Rejects when uPlot cannot load.
   */
  async show(result, monteCarlo) {
    this.#last = { result, monteCarlo };
    const uPlot = await loadUPlot();
    if (this.#last.result === result && this.#last.monteCarlo === monteCarlo) this.#draw(uPlot, result, monteCarlo);
  }

  #draw(uPlot, result, monteCarlo) {
    const months = result.months.map((month) => month.month);
    // A new chart only when the axes or series change; otherwise new data.
    const shape = `${months.join()}|${Boolean(monteCarlo)}`;
    if (shape !== this.#shape) {
      this.#chart?.destroy();
      this.#chart = new uPlot(
        chartOptions(months, Boolean(monteCarlo), this.#width()),
        chartData(result, monteCarlo),
        this.#container,
      );
      this.#shape = shape;
    } else {
      this.#chart.setData(chartData(result, monteCarlo));
    }
  }

  #redraw() {
    this.#shape = '';
    if (this.#last) this.show(this.#last.result, this.#last.monteCarlo);
  }

  #width() {
    return Math.max(this.#container.clientWidth, 240);
  }
}
