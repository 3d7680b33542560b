// The calculator page: the form keeps the scenario as the user gave it, the
// engine says everything about it (link, errors, figures, notes) and the
// views show that. The deterministic figures are computed on this thread;
// the comparisons and Monte Carlo run in workers.
//
// The same script runs embed.html, the compact calculator for other sites'
// pages: it lays out what that page holds (the form's `data-fields`, no
// comparisons, CSV or print) and, framed in another page, only replaces its
// history entry (`data-history="replace"`), so the host page's Back button
// is left alone.
// First, so the engine starts loading before the other modules run.
import { engineLoading } from './engine-start.js';
import { ChartView } from './chart-view.js';
import { EngineClient } from './engine-client.js';
import { localMonth } from './inmail.js';
import { keepOffline, showUpdateNotice } from './offline.js';
import { ComparisonsView, MonthTable, RateWarningsView, SummaryView } from './results-view.js';
import { ScenarioForm } from './scenario-form.js';

const ENGINE_WORKER_URL = new URL('./engine-worker.js', import.meta.url);
// Marked each time new figures are on the page (the chart follows a frame
// later); scripts/web-budgets.mjs times it.
const RESULTS_MARK = 'inmail:results-shown';
const CSV_FILE_NAME = 'inmail-projection.csv';

function hasTrials(scenario) {
  return typeof scenario.trials === 'number' && scenario.trials > 0;
}

const $ = (selector) => document.querySelector(selector);

// Runs `callback` once the browser has had the chance to paint: in the
// task after the next frame.
function onNextPaint(callback) {
  requestAnimationFrame(() => setTimeout(callback));
}

// The same as a promise, which also resolves after 100 ms where no frame
// comes (a hidden tab, a frame scrolled out of view): start() must not wait
// for a frame that may never come.
function afterNextPaint() {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    onNextPaint(() => {
      clearTimeout(fallback);
      resolve();
    });
  });
}
const REPLACE_HISTORY = document.body.dataset.history === 'replace';

// The page's frame is painted from its first figures on, or from the form
// when the link has none (see [data-loading] in styles.css).
const revealPage = () => $('main').removeAttribute('data-loading');

class Calculator {
  #engine = null;
  #form = null;
  #summary = null;
  #warnings = null;
  #months = null;
  #comparisonsView = null;
  #chart = new ChartView($('#chart'));
  #status = $('#status');
  #comparisons = new EngineClient(ENGINE_WORKER_URL);
  // Restarted to cancel a stale run.
  #monteCarlo = new EngineClient(ENGINE_WORKER_URL, { restartWhenStale: true });
  // What is on screen: the input it belongs to and the engine's answer.
  #shown = null; // { scenario, currency, today, result, notes } of the figures shown
  #current = null; // the same for the input, with or without figures, and its { query, errors }
  #comparisonRows = null;
  #monteCarloFigures = null;
  // While the chart and the workers' runs wait for the figures' paint.
  #paintPending = false;
  #paintToken = 0;
  // True between the first keystroke of an edit and its commit ('change'),
  // so that one edit makes one history entry, however many keys it took.
  #editing = false;
  // The input last given to the engine, to skip the 'change' that follows an 'input'.
  #inputKey = '';

  async start() {
    try {
      this.#engine = await engineLoading;
    } catch (error) {
      revealPage();
      this.#announce(`The engine could not load: ${error.message}`);
      return;
    }
    const { schema } = this.#engine;
    const version = $('#engine-version');
    if (version) version.textContent = this.#engine.version;
    this.#summary = new SummaryView($('#summary'), $('#summary-notes'), schema);
    this.#warnings = new RateWarningsView($('#rate-warnings'), schema);
    this.#months = new MonthTable($('#months-table'), schema);
    const comparisons = $('#comparisons');
    if (comparisons)
      this.#comparisonsView = new ComparisonsView($('#policy-comparison'), $('#plan-comparison'), schema);
    // The link's figures are painted before the form is built: in a new tab
    // building the form takes as long as the projection, and the figures are
    // what people came for.
    const opened = this.#openLink();
    const figuresShown = opened.answer.errors.length === 0;
    if (figuresShown) {
      this.#showFigures({ ...opened.input, result: opened.answer.result, notes: opened.answer.notes }, null);
      revealPage();
      await afterNextPaint();
    }
    const form = $('#scenario-form');
    const fields = form.dataset.fields?.split(/\s+/);
    this.#form = new ScenarioForm(form, schema, (counts) => this.#engine.reportRate(counts), { fields });
    this.#form.onEdit((kind) => this.#edited(kind));
    if (comparisons) {
      // The seat prices of the other plans are inputs of the plan comparison.
      comparisons.addEventListener('input', (event) => this.#form.handleEdit(event.target, 'input'));
      comparisons.addEventListener('change', (event) => this.#form.handleEdit(event.target, 'change'));
    }
    addEventListener('popstate', () => {
      this.#editing = false;
      this.#open(this.#openLink());
    });
    $('#download-csv')?.addEventListener('click', () => this.#downloadCsv());
    $('#print')?.addEventListener('click', () => print());
    this.#open(opened, { figuresShown });
    revealPage();
    window.inmailPage = { snapshot: () => this.#snapshot(), pending: () => this.#isPending() };
  }

  // The page's link, read by the engine: { answer, input }.
  #openLink() {
    const today = localMonth();
    const answer = this.#engine.openLink(location.search, { today });
    return { answer, input: { scenario: answer.scenario, currency: answer.currency, today } };
  }

  // The form shows what the link holds, even when it has errors (then there
  // are no figures until they are fixed). `figuresShown`: start() has
  // already shown the link's figures, before the form was built.
  #open({ answer, input }, { figuresShown = false } = {}) {
    this.#form.load(answer.scenario, answer.currency);
    this.#inputKey = JSON.stringify([this.#form.scenario, this.#form.currency]);
    this.#show(answer, input, { figuresShown });
    this.#linkPages();
  }

  #edited(kind) {
    const scenario = this.#form.scenario;
    const currency = this.#form.currency;
    const key = JSON.stringify([scenario, currency]);
    if (key !== this.#inputKey) {
      this.#inputKey = key;
      const today = localMonth();
      const answer = this.#engine.page(scenario, { today, currency });
      this.#show(answer, { scenario, currency, today });
      if (answer.query !== location.search.slice(1)) {
        const url = `${location.pathname}${answer.query ? `?${answer.query}` : ''}`;
        if (this.#editing || REPLACE_HISTORY) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
      }
      // Once the address is the new scenario's, which the links carry.
      this.#linkPages();
    }
    this.#editing = kind === 'input';
  }

  // `answer` is the engine's page() (or openLink()) for `input`.
  #show(answer, input, { figuresShown = false } = {}) {
    const { query, errors, result, notes } = answer;
    this.#current = { ...input, result, notes, query, errors };
    this.#monteCarlo.cancel();
    this.#comparisonRows = null;
    this.#monteCarloFigures = null;
    this.#form.update(answer);
    this.#form.showErrors(errors);
    if (errors.length > 0) {
      // Nothing new in the background: the last good figures stay, dimmed.
      this.#paintToken += 1;
      this.#paintPending = false;
      this.#comparisons.cancel();
      this.#markStale(this.#shown !== null);
      this.#announce(
        this.#shown
          ? 'Fix the marked input. The figures shown are for the last valid input.'
          : 'Fix the marked input to see figures.',
      );
      return;
    }
    const shown = this.#current;
    if (figuresShown) this.#shown = shown;
    else this.#showFigures(shown, null);
    this.#afterPaint(() => {
      this.#drawChart(shown.result, null);
      this.#startComparisons(shown);
      if (hasTrials(shown.scenario)) this.#startMonteCarlo(shown);
    });
  }

  #drawChart(result, monteCarlo) {
    this.#chart.show(result, monteCarlo).catch((error) => this.#announce(error.message));
  }

  #showFigures(shown, monteCarlo) {
    this.#shown = shown;
    const { result, notes, currency } = shown;
    this.#markStale(false);
    this.#warnings.show(notes.rate_warnings);
    this.#summary.show(result, notes, monteCarlo, currency);
    this.#months.show(result);
    $('#band-caption').hidden = !monteCarlo;
    const csv = $('#download-csv');
    if (csv) csv.disabled = false;
    performance.mark(RESULTS_MARK);
    const { sent, unsent } = result.totals;
    const warnings = notes.rate_warnings.length;
    const warningText = warnings > 0 ? ` ${this.#engine.schema.rules.rate_warning.title}: ${warnings} warning.` : '';
    this.#announce(`Updated: ${sent} InMails sent, ${unsent} not sent for lack of credits.${warningText}`);
  }

  // The figures are painted first, and the chart and the workers' runs
  // start a frame later: people read the summary first, and a first canvas
  // or worker costs tens of milliseconds. Only the newest figures get them.
  #afterPaint(task) {
    const token = ++this.#paintToken;
    this.#paintPending = true;
    onNextPaint(() => {
      if (token !== this.#paintToken) return;
      this.#paintPending = false;
      task();
    });
  }

  #startComparisons(shown) {
    if (!this.#comparisonsView) return;
    const { scenario, today, currency } = shown;
    this.#comparisons.submit('comparisons', { scenario, today, currency }, (message) => {
      if (message.kind === 'failed') this.#announce(`The comparisons could not be computed: ${message.message}`);
      if (message.kind !== 'comparisons' || !message.comparisons) return;
      this.#comparisonRows = { comparisons: message.comparisons, cheapestPlan: message.cheapestPlan };
      this.#comparisonsView.show({
        ...this.#comparisonRows,
        resolved: shown.result.resolved,
        scenario,
        currency,
      });
    });
  }

  #startMonteCarlo(shown) {
    const { scenario, today, currency } = shown;
    this.#announce(`Running ${scenario.trials} Monte Carlo trials…`);
    this.#monteCarlo.submit('monte-carlo', { scenario, today, currency }, (message) => {
      if (message.kind === 'failed') this.#announce(`Monte Carlo could not run: ${message.message}`);
      if (message.kind !== 'monte-carlo' || !message.monteCarlo) return;
      this.#monteCarloFigures = message.monteCarlo;
      this.#showFigures(shown, message.monteCarlo);
      this.#drawChart(shown.result, message.monteCarlo);
    });
  }

  #downloadCsv() {
    const { scenario, today, currency } = this.#shown;
    const { csv, errors } = this.#engine.csv(scenario, { today, currency });
    if (errors) {
      this.#announce(`The CSV could not be made: ${errors.map((error) => error.message).join('; ')}`);
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = CSV_FILE_NAME;
    link.click();
    // Revoked later, not at once: the download may still be reading it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  // Every page reads the same link (docs/url-query.md): the links to the
  // other pages carry it; print shows it.
  #linkPages() {
    for (const link of document.querySelectorAll('a[data-keeps-query]')) link.search = location.search;
    const printLink = $('#print-link');
    if (printLink) printLink.textContent = `This scenario: ${location.href}`;
  }

  // Dims every figure on the page while they belong to an earlier input.
  #markStale(stale) {
    document.querySelector('main').classList.toggle('stale', stale);
  }

  #announce(text) {
    this.#status.textContent = text;
  }

  #isPending() {
    return this.#paintPending || this.#comparisons.pending || this.#monteCarlo.pending;
  }

  // The test hook: what is on screen, as the engine said it. `result` holds
  // the figures with the comparisons and, with trials, Monte Carlo, once
  // their workers have answered (see pending()); null while there are errors.
  #snapshot() {
    const current = this.#current;
    let result = null;
    if (current?.result) {
      result = { ...current.result, comparisons: this.#comparisonRows?.comparisons ?? null };
      if (hasTrials(current.scenario)) result.monte_carlo = this.#monteCarloFigures;
    }
    return structuredClone({
      query: current?.query ?? '',
      scenario: current?.scenario ?? null,
      currency: current?.currency ?? '',
      result,
      errors: current?.errors ?? [],
    });
  }
}

// Offline use and new versions (the notice's region is in the page). The
// service worker's first install downloads every page's files: it waits for
// the first figures, which on two cores it would otherwise slow by a third.
new Calculator()
  .start()
  .finally(() => keepOffline({ onUpdate: (activate) => showUpdateNotice($('#update-notice'), activate) }));
