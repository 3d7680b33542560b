// The calculator page: the form drives the engine (in workers), the results
// view shows what it returns, and the URL query keeps the scenario.
import { ChartView } from './chart-view.js';
import { EngineClient } from './engine-client.js';
import { monthsToCsv } from './figures.js';
import { decodeQuery, encodeQuery } from './query.js';
import { ResultsView, showComparison } from './results-view.js';
import { ScenarioForm } from './scenario-form.js';
import { ENGINE_WORKER_URL, projector } from './workers.js';
// Marked each time new figures are on the page (the chart follows a frame
// later); scripts/web-budgets.mjs times it.
const RESULTS_MARK = 'inmail:results-shown';
const CSV_FILE_NAME = 'inmail-projection.csv';

function hasTrials(scenario) {
  return typeof scenario.trials === 'number' && scenario.trials > 0;
}

class Calculator {
  #form = new ScenarioForm(document.querySelector('#scenario-form'));
  #results = new ResultsView(document.querySelector('#results'));
  #chart = new ChartView(document.querySelector('#chart'));
  #status = document.querySelector('#status');
  #projector = projector;
  // Started on the first scenario with trials, restarted to cancel a stale run.
  #monteCarlo = null;
  #plans = [];
  #shown = null;
  #pendingChart = 0;
  // True between the first keystroke of an edit and its commit ('change'),
  // so that one edit makes one history entry, however many keys it took.
  #editing = false;

  async start() {
    try {
      const { plans, version } = await this.#projector.ready;
      this.#plans = plans;
      document.querySelector('#engine-version').textContent = version;
    } catch (error) {
      this.#announce(`The engine could not load: ${error.message}`);
      return;
    }
    this.#form.setPlans(this.#plans);
    this.#form.write(decodeQuery(location.search));
    this.#form.onEdit((kind) => this.#edited(kind));
    addEventListener('popstate', () => {
      this.#editing = false;
      this.#form.write(decodeQuery(location.search));
      this.#recompute();
      this.#linkImguiPage();
    });
    document.querySelector('#download-csv').addEventListener('click', () => this.#downloadCsv());
    document.querySelector('#print').addEventListener('click', () => print());
    this.#recompute();
    this.#linkImguiPage();
  }

  #edited(kind) {
    const scenario = this.#recompute();
    const query = encodeQuery(scenario, { pooledByDefault: this.#pooledByDefault(scenario.plan) });
    if (query !== location.search.slice(1)) {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (this.#editing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.#editing = kind === 'input';
    this.#linkImguiPage();
  }

  // Both pages read the same query (docs/url-query.md).
  #linkImguiPage() {
    document.querySelector('#imgui-link').search = location.search;
  }

  #pooledByDefault(planName) {
    return this.#plans.find((plan) => plan.name === planName)?.pools_default;
  }

  #recompute() {
    const scenario = this.#form.read();
    this.#monteCarlo?.cancel();
    this.#projector.submit('project', scenario, (message) => this.#received(message, scenario));
    return scenario;
  }

  #received(message, scenario) {
    if (message.kind === 'result') this.#showResult(message.result, scenario);
    if (message.kind === 'comparisons') {
      showComparison(document.querySelector('#policy-comparison'), message.policies, 'Policy');
      showComparison(document.querySelector('#plan-comparison'), message.plans, 'Plan');
    }
  }

  #showResult(result, scenario) {
    this.#form.showErrors(result.errors ?? []);
    if (result.errors) {
      this.#markStale(this.#shown !== null);
      this.#announce(
        this.#shown
          ? 'Fix the marked input. The figures shown are for the last valid input.'
          : 'Fix the marked input to see figures.',
      );
      return;
    }
    this.#show(result, null, scenario);
    if (hasTrials(scenario)) this.#startMonteCarlo(scenario, result);
  }

  #show(result, monteCarlo, scenario) {
    this.#shown = result;
    this.#markStale(false);
    this.#results.showSummary(result, monteCarlo, scenario.policy);
    this.#results.showMonths(result);
    this.#drawChartAfterPaint(result, monteCarlo);
    document.querySelector('#download-csv').disabled = false;
    performance.mark(RESULTS_MARK);
    const { sent, unsent } = result.totals;
    this.#announce(`Updated: ${sent} InMails sent, ${unsent} not sent for lack of credits.`);
  }

  // The figures are painted first and the chart a frame later: a first
  // canvas costs tens of milliseconds, and people read the summary first.
  // Only the newest figures are drawn.
  #drawChartAfterPaint(result, monteCarlo) {
    cancelAnimationFrame(this.#pendingChart);
    this.#pendingChart = requestAnimationFrame(() => {
      setTimeout(() => this.#chart.show(result, monteCarlo));
    });
  }

  #startMonteCarlo(scenario, result) {
    this.#monteCarlo ??= new EngineClient(ENGINE_WORKER_URL, { restartWhenStale: true });
    this.#announce(`Running ${scenario.trials} Monte Carlo trials…`);
    this.#monteCarlo.submit('monte-carlo', scenario, (message) => {
      if (message.kind === 'result' && message.result.monte_carlo) this.#show(result, message.result.monte_carlo, scenario);
    });
  }

  #downloadCsv() {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([monthsToCsv(this.#shown)], { type: 'text/csv' }));
    link.download = CSV_FILE_NAME;
    link.click();
    // Revoked later, not at once: the download may still be reading it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  // Dims every figure on the page while they belong to an earlier input.
  #markStale(stale) {
    document.querySelector('main').classList.toggle('stale', stale);
  }

  #announce(text) {
    this.#status.textContent = text;
  }
}

new Calculator().start();
