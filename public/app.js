// The calculator page: the form drives the engine, the results view shows
// what it returns, and the URL query keeps the scenario. The deterministic
// figures are computed on this thread; the comparisons and Monte Carlo run
// in workers.
// First, so the engine starts loading before the other modules run.
import { engineLoading } from './engine-start.js';
import { ChartView } from './chart-view.js';
import { EngineClient } from './engine-client.js';
import { monthsToCsv } from './figures.js';
import { decodeQuery, encodeQuery } from './query.js';
import { ResultsView, showComparison } from './results-view.js';
import { ScenarioForm } from './scenario-form.js';

const ENGINE_WORKER_URL = new URL('./engine-worker.js', import.meta.url);
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
  #engine = null;
  #comparisons = new EngineClient(ENGINE_WORKER_URL);
  // Restarted to cancel a stale run.
  #monteCarlo = new EngineClient(ENGINE_WORKER_URL, { restartWhenStale: true });
  #shown = null;
  #paintToken = 0;
  // True between the first keystroke of an edit and its commit ('change'),
  // so that one edit makes one history entry, however many keys it took.
  #editing = false;

  async start() {
    try {
      this.#engine = await engineLoading;
      document.querySelector('#engine-version').textContent = this.#engine.version;
    } catch (error) {
      this.#announce(`The engine could not load: ${error.message}`);
      return;
    }
    this.#form.setPlans(this.#engine.plans);
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
    return this.#engine.plans.find((plan) => plan.name === planName)?.pools_default;
  }

  #recompute() {
    const scenario = this.#form.read();
    this.#monteCarlo.cancel();
    this.#showResult(this.#project(scenario), scenario);
    return scenario;
  }

  // Validation runs on the scenario as given, so a bad `trials` is reported
  // even though the figures here leave Monte Carlo to its worker.
  #project(scenario) {
    const { errors } = this.#engine.validate(scenario);
    return errors.length > 0 ? { errors } : this.#engine.project({ ...scenario, trials: 0 });
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
    this.#show(result, null, scenario, () => {
      this.#startComparisons(scenario);
      if (hasTrials(scenario)) this.#startMonteCarlo(scenario, result);
    });
  }

  // `thenInBackground` runs with the chart, once the figures are painted.
  #show(result, monteCarlo, scenario, thenInBackground = () => {}) {
    this.#shown = result;
    this.#markStale(false);
    this.#results.showSummary(result, monteCarlo, scenario.policy);
    this.#results.showMonths(result);
    this.#afterPaint(() => {
      this.#chart.show(result, monteCarlo).catch((error) => this.#announce(error.message));
      thenInBackground();
    });
    document.querySelector('#download-csv').disabled = false;
    performance.mark(RESULTS_MARK);
    const { sent, unsent } = result.totals;
    this.#announce(`Updated: ${sent} InMails sent, ${unsent} not sent for lack of credits.`);
  }

  // The figures are painted first, and the chart and the workers' runs
  // start a frame later: people read the summary first, and a first canvas
  // or worker costs tens of milliseconds. Only the newest figures get them.
  #afterPaint(task) {
    const token = ++this.#paintToken;
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (token === this.#paintToken) task();
      });
    });
  }

  #startComparisons(scenario) {
    this.#comparisons.submit('comparisons', scenario, (message) => {
      if (message.kind === 'failed') this.#announce(`The comparisons could not be computed: ${message.message}`);
      if (message.kind !== 'comparisons') return;
      showComparison(document.querySelector('#policy-comparison'), message.policies, 'Policy');
      showComparison(document.querySelector('#plan-comparison'), message.plans, 'Plan');
    });
  }

  #startMonteCarlo(scenario, result) {
    this.#announce(`Running ${scenario.trials} Monte Carlo trials…`);
    this.#monteCarlo.submit('monte-carlo', scenario, (message) => {
      if (message.kind === 'failed') this.#announce(`Monte Carlo could not run: ${message.message}`);
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
