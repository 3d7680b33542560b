// The page's side of engine-worker.js. Only the newest request matters while
// someone types: a request waiting behind a running one is replaced by the
// next, and replies to anything but the newest request are ignored. A long
// run (Monte Carlo) can instead be cut short by restarting its worker. The
// worker starts with the first request, so it never competes with the page's
// first figures.
export class EngineClient {
  #url;
  #restartWhenStale;
  #worker = null;
  #latestId = 0;
  #running = null;
  #waiting = null;

  constructor(url, { restartWhenStale = false } = {}) {
    this.#url = url;
    this.#restartWhenStale = restartWhenStale;
  }

  /**
   * Runs `task` with `input` (the scenario and the options the worker
   * needs); `onMessage` gets the worker's replies for it, the last of them
   * { kind: 'done' }.
   */
  submit(task, input, onMessage) {
    const request = { id: ++this.#latestId, task, input, onMessage };
    if (this.#running && this.#restartWhenStale) this.#restart();
    if (this.#running) this.#waiting = request;
    else this.#send(request);
  }

  /** Whether the newest request is still to be answered (a dropped one is not waited for). */
  get pending() {
    return this.#waiting !== null || this.#running?.id === this.#latestId;
  }

  /** Drops every request made so far. */
  cancel() {
    this.#latestId += 1;
    this.#waiting = null;
    if (this.#running && this.#restartWhenStale) this.#restart();
  }

  #start() {
    this.#worker = new Worker(this.#url, { type: 'module' });
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    // A worker that cannot start fails its request; the next one starts anew.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#worker.terminate();
      this.#worker = null;
      const id = this.#running?.id;
      this.#receive({ id, kind: 'failed', message: event.message || 'The engine worker could not start.' });
      this.#receive({ id, kind: 'done' });
    };
  }

  #restart() {
    this.#worker.terminate();
    this.#worker = null;
    this.#running = null;
  }

  #send(request) {
    if (!this.#worker) this.#start();
    this.#running = request;
    const { id, task, input } = request;
    this.#worker.postMessage({ ...input, id, task });
  }

  #receive(message) {
    if (!this.#running || message.id !== this.#running.id) return;
    if (this.#running.id === this.#latestId) this.#running.onMessage(message);
    if (message.kind === 'done') this.#sendWaiting();
  }

  #sendWaiting() {
    this.#running = null;
    if (!this.#waiting) return;
    const next = this.#waiting;
    this.#waiting = null;
    this.#send(next);
  }
}
