// The calculator page, in the Elm architecture: the engine's page model
// holds the state and its update function; this page sends it edits and
// draws the view it returns (form-view.js, results-view.js, chart-view.js).
// The deterministic figures come with every edit, on this thread; the
// comparisons, the goal and Monte Carlo come from workers.
//
// The same script runs embed.html, the compact calculator for other sites'
// pages: it lays out the fields that page names (`data-fields`) and, framed
// in another page, only replaces its history entry (`data-history`).
// First, so the engine starts loading before the other modules run.
import { engineLoading } from './engine-start.js';
import { ChartView } from './chart-view.js';
import { EngineClient } from './engine-client.js';
import { FormView } from './form-view.js';
import { prepareMoneyFormat } from './money-format.js';
import { localMonth } from './engine.js';
import { keepOffline, showUpdateNotice } from './offline.js';
import {
  ComparisonsView,
  GoalView,
  InputNotesView,
  RateWarningsView,
  SummaryView,
  VerdictView,
  showScenarioWords,
} from './results-view.js';
import { TableView } from './table-view.js';

const ENGINE_WORKER_URL = new URL('./engine-worker.js', import.meta.url);
// Marked each time new figures are on the page (see #markFigures).
const RESULTS_MARK = 'inmail:results-shown';
const REPLACE_HISTORY = document.body.dataset.history === 'replace';

const $ = (selector) => document.querySelector(selector);
const main = $('main');

// Runs `callback` in the task after the next frame: once what changed is painted.
function onNextPaint(callback) {
  requestAnimationFrame(() => setTimeout(callback));
}

// Resolves in a new task, so that the browser may handle input between two
// pieces of work.
function nextTask() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

/** The local date as YYYY-MM-DD: when a CSV was made. */
function localDate(date = new Date()) {
  return `${localMonth(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

class Calculator {
  #engine;
  #today = localMonth();
  #state = null;
  #view = null;
  // The workers' views of the state shown: comparisons and goal, Monte Carlo.
  #heavy = null;
  #monteCarlo = null;
  #editing = false; // between a field's first keystroke and its commit: one history entry
  #paintPending = false;
  #heavyClient = new EngineClient(ENGINE_WORKER_URL);
  #monteCarloClient = new EngineClient(ENGINE_WORKER_URL, { restartWhenStale: true });
  #views = {};
  #tablesBelowTheFold = false;

  async start() {
    const verdict = new VerdictView($('#verdict'));
    prepareMoneyFormat(); // while the engine downloads and compiles
    try {
      this.#engine = await engineLoading;
    } catch (error) {
      main.removeAttribute('data-loading');
      verdict.say(`The engine could not load: ${error.message}`);
      return;
    }
    this.#buildViews(verdict);
    // The engine's start, the link's first view and each step of drawing it
    // are tasks of their own.
    await nextTask();
    ({ state: this.#state, view: this.#view } = this.#engine.openPage(location.search, { today: this.#today }));
    await this.#showInTasks();
    this.#listen();
    window.inmailPage = { snapshot: () => this.#snapshot(), pending: () => this.#isPending() };
  }

  #buildViews(verdict) {
    const form = $('#scenario-form');
    const version = $('#engine-version');
    if (version) version.textContent = this.#engine.version;
    const table = (selector) => ($(selector) ? new TableView($(selector)) : null);
    this.#tablesBelowTheFold = $('#months-table')?.closest('.details') != null;
    this.#views = {
      verdict,
      form: new FormView($('#form-sections'), (edit, kind) => this.#edit(edit, kind), {
        only: form.dataset.fields?.split(/\s+/) ?? null,
        sectionHeading: `h${Number($('#inputs-heading').tagName.slice(1)) + 1}`,
      }),
      notes: new InputNotesView($('#example'), $('#notices')),
      summary: new SummaryView($('#summary'), $('#summary-notes')),
      warnings: new RateWarningsView($('#rate-warnings')),
      chart: new ChartView($('#chart'), $('#chart-legend')),
      months: table('#months-table'),
      groups: table('#groups-table'),
      comparisons: $('#comparisons')
        ? new ComparisonsView($('#comparisons-hint'), $('#policy-comparison'), $('#plan-comparison'))
        : null,
      goal: $('#goal') ? new GoalView($('#goal')) : null,
    };
  }

  #listen() {
    // Inputs outside the form (the plan comparison's seat prices) and the
    // actions elsewhere on the page (the example, notices, goal rows); the
    // form's own events stop at the form.
    main.addEventListener('input', (event) => this.#fieldOutsideForm(event, 'input'));
    main.addEventListener('change', (event) => this.#fieldOutsideForm(event, 'change'));
    main.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-edit]');
      if (!button) return;
      const { edit, field, plan } = button.dataset;
      this.#edit({ kind: edit, field, text: plan }, 'change');
      if (edit === 'clear_example' || edit === 'drop') $('#inputs-heading').focus();
    });
    addEventListener('popstate', () => {
      this.#editing = false;
      ({ state: this.#state, view: this.#view } = this.#engine.openPage(location.search, { today: this.#today }));
      this.#show();
    });
    $('#download-csv')?.addEventListener('click', () => this.#downloadCsv());
    $('#print')?.addEventListener('click', () => print());
  }

  #fieldOutsideForm(event, kind) {
    const path = event.target.dataset?.field;
    if (path === undefined || event.target.tagName === 'BUTTON') return;
    if (kind === 'input') this.#edit({ kind: 'set', field: path, text: event.target.value }, 'input');
    else this.#edit(null, 'change');
  }

  // One edit: the engine's next state and view, drawn; the address follows.
  // `kind` 'input' while typing (one history entry for the whole field),
  // 'change' when committed; a null edit only commits.
  #edit(edit, kind) {
    if (edit) {
      ({ state: this.#state, view: this.#view } = this.#engine.update(this.#state, edit, { today: this.#today }));
      this.#show();
    }
    const query = this.#view.query;
    if (query !== location.search.slice(1) && (query !== '' || !this.#state.example)) {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (this.#editing || REPLACE_HISTORY) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.#editing = kind === 'input';
    this.#linkPages();
  }

  // Shows the view at once (after an edit).
  #show() {
    const { inView, belowTheFold } = this.#showSteps();
    for (const step of [...inView, ...belowTheFold]) step();
    this.#markFigures();
    this.#startHeavyWorkAfterPaint();
  }

  // The first view, each step in a task of its own: on a phone's CPU the
  // whole view is one task of 200-400 ms, which blocks input that long
  // (Lighthouse's total blocking time); no step takes much over 50 ms. The
  // page appears once what is in view is drawn (its first figures); the
  // tables, below the fold, follow.
  async #showInTasks() {
    const { inView, belowTheFold } = this.#showSteps();
    for (const step of inView) {
      await nextTask();
      step();
    }
    main.removeAttribute('data-loading');
    this.#markFigures();
    for (const step of belowTheFold) {
      await nextTask();
      step();
    }
    this.#startHeavyWorkAfterPaint();
  }

  // What showing the view takes, in steps: the form, the answer and the
  // chart in view; the tables below the fold.
  #showSteps() {
    const view = this.#view;
    const { verdict, form, notes, summary, warnings, months, groups } = this.#views;
    const input = () => {
      notes.show(view, form.show(view));
      this.#showInputState(view);
    };
    if (!view.figures) return { inView: [input, () => verdict.say(view.status)], belowTheFold: [] };
    const { figures, currency } = view;
    const answer = () => {
      verdict.show(figures.verdict);
      summary.show(figures, currency);
      warnings.show(figures);
    };
    const tables = () => {
      months?.show(figures.months, currency);
      groups?.show(figures.groups, currency);
    };
    const chart = () => this.#views.chart.show(figures.chart);
    // index.html's tables are under the form and the results; embed.html's
    // month table is in its results, in view.
    if (this.#tablesBelowTheFold) return { inView: [input, answer, chart], belowTheFold: [tables] };
    return { inView: [input, answer, chart, tables], belowTheFold: [] };
  }

  // scripts/web-budgets.mjs times the first figures and each keystroke's by this mark.
  #markFigures() {
    if (this.#view.figures) performance.mark(RESULTS_MARK);
  }

  // The comparisons, the goal and Monte Carlo start once the figures are
  // painted, for current figures only.
  #startHeavyWorkAfterPaint() {
    // A paint awaited for an earlier state no longer counts: its task is
    // dropped, and this state awaits one only if it has heavy work to start.
    this.#paintPending = false;
    if (this.#view.figures && !this.#view.figures_stale) this.#afterPaint(() => this.#startHeavyWork());
  }

  // What the view says about the input as a whole: the scenario in words
  // for print, whether the figures are an earlier input's, the CSV.
  #showInputState(view) {
    if ($('#print-words')) showScenarioWords($('#print-words'), view.scenario_words);
    main.classList.toggle('stale', view.figures_stale);
    const stale = $('#stale-note');
    stale.hidden = !view.figures_stale;
    stale.textContent = view.figures_stale ? view.status : '';
    const csv = $('#download-csv');
    if (csv) csv.disabled = !view.figures || view.figures_stale;
    this.#linkPages();
  }

  // The comparisons, the goal and Monte Carlo start a frame after the
  // figures are painted, for the newest state only.
  #afterPaint(task) {
    const state = this.#state;
    this.#paintPending = true;
    onNextPaint(() => {
      if (state !== this.#state) return;
      this.#paintPending = false;
      task();
    });
  }

  #startHeavyWork() {
    const state = this.#state;
    const input = { state, today: this.#today };
    this.#heavy = null;
    this.#monteCarlo = null;
    this.#monteCarloClient.cancel();
    this.#startComparisons(input);
    if (!this.#view.monte_carlo_asked) return this.#showMonteCarlo(null);
    this.#monteCarloClient.submit('view', { ...input, options: { monteCarlo: true } }, (message) => {
      if (message.kind !== 'view' || state !== this.#state) return;
      this.#monteCarlo = message.view;
      this.#showMonteCarlo(message.view);
    });
  }

  // Only where the page shows them (embed.html shows neither): they cost a
  // worker, which loads and compiles the engine again on a phone's cores.
  #startComparisons(input) {
    const { state } = input;
    const options = { comparisons: Boolean(this.#views.comparisons), goal: Boolean(this.#views.goal) };
    if (!options.comparisons && !options.goal) return;
    this.#heavyClient.submit('view', { ...input, options }, (message) => {
      if (message.kind === 'failed')
        this.#views.verdict.say(`The comparisons could not be computed: ${message.message}`);
      if (message.kind !== 'view' || state !== this.#state) return;
      this.#heavy = message.view;
      this.#views.comparisons?.show(message.view.comparisons, message.view.currency);
      this.#views.goal?.show(message.view.goal, message.view.currency);
    });
  }

  #showMonteCarlo(view) {
    const line = $('#monte-carlo');
    if (!line) return;
    line.hidden = !view?.monte_carlo;
    line.textContent = view?.monte_carlo?.lines.join(' ') ?? '';
    if (view?.figures) this.#views.chart.show(view.figures.chart);
  }

  #downloadCsv() {
    const file = this.#engine.pageCsv(this.#state, { today: this.#today, date: localDate() });
    if (file.errors) return this.#views.verdict.say(file.errors.map((error) => error.message).join('; '));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv' }));
    link.download = file.name;
    link.click();
    // Revoked later, not at once: the download may still be reading it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  // Every page reads the same link (docs/url-query.md): the links to the
  // other pages carry it.
  #linkPages() {
    for (const link of document.querySelectorAll('a[data-keeps-query]')) link.search = location.search;
  }

  #isPending() {
    return this.#paintPending || this.#heavyClient.pending || this.#monteCarloClient.pending;
  }

  // The test hook: what is on screen, as the engine said it. `result` holds
  // the figures with the comparisons, the goal and, with trials, Monte Carlo
  // once their workers have answered (see pending()); null while the input
  // has errors.
  #snapshot() {
    const view = this.#view;
    let result = null;
    if (view.figures && !view.figures_stale) {
      const heavy = this.#heavy?.figures?.result;
      result = { ...view.figures.result, comparisons: heavy?.comparisons ?? null, goal: heavy?.goal ?? null };
      if (view.monte_carlo_asked) result.monte_carlo = this.#monteCarlo?.figures?.result.monte_carlo ?? null;
    }
    return structuredClone({
      query: view.query,
      scenario: this.#state.scenario,
      currency: this.#state.currency,
      result,
      errors: view.errors,
    });
  }
}

// Offline use and new versions (the notice's region is in the page). The
// service worker's first install downloads every page's files: it waits for
// the first figures, which on two cores it would otherwise slow by a third.
new Calculator()
  .start()
  .finally(() => keepOffline({ onUpdate: (activate) => showUpdateNotice($('#update-notice'), activate) }));
