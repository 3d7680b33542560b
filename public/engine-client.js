// The page's side of engine-worker.js. Only the newest request matters while
// someone types: a request waiting behind a running one is replaced by the
// next, and replies to anything but the newest request are ignored. A long
// run (Monte Carlo) can instead be cut short by restarting its worker.
export class EngineClient {
  #url;
  #restartWhenStale;
  #worker = null;
  #latestId = 0;
  #running = null;
  #waiting = null;
  #readyHandlers = null;

  /** Resolves to { version, plans } once the engine has loaded. */
  ready = null;

  constructor(url, { restartWhenStale = false } = {}) {
    this.#url = url;
    this.#restartWhenStale = restartWhenStale;
    this.#start();
  }

  /** Runs `task` on `scenario`; `onMessage` gets the worker's replies for it. */
  submit(task, scenario, onMessage) {
    const request = { id: ++this.#latestId, task, scenario, onMessage };
    if (this.#running && this.#restartWhenStale) this.#restart();
    if (this.#running) this.#waiting = request;
    else this.#send(request);
  }

  /** Drops every request made so far. */
  cancel() {
    this.#latestId += 1;
    this.#waiting = null;
    if (this.#running && this.#restartWhenStale) this.#restart();
  }

  #start() {
    this.#worker = new Worker(this.#url, { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.#readyHandlers = { resolve, reject };
    });
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#readyHandlers.reject(new Error(event.message || 'The engine could not start.'));
    };
  }

  #restart() {
    this.#worker.terminate();
    this.#running = null;
    this.#start();
  }

  #send(request) {
    this.#running = request;
    const { id, task, scenario } = request;
    this.#worker.postMessage({ id, task, scenario });
  }

  #receive(message) {
    if (message.kind === 'ready') return this.#readyHandlers.resolve(message);
    if (message.kind === 'failed') return this.#readyHandlers.reject(new Error(message.message));
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
