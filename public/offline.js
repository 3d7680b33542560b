// The pages' side of the service worker (service-worker.js, built from
// web/service-worker.js): it keeps the site for offline use, and says when a
// new version has been deployed. Used by the JS page, the embed and the Dear
// ImGui page's shell.
//
// The worker is registered once the page has loaded (and app.js waits for
// its first figures), so its downloads never compete with them. A new version installs in the background
// and waits; the page then offers "A new version is ready: reload", whose
// button lets the new version take over and reloads (the scenario is in the
// address bar, so nothing is lost). Other tabs of the old version reload
// when the new version takes them over.

const SERVICE_WORKER_URL = 'service-worker.js';
const ACTIVATE = { type: 'inmail:activate' };

function afterLoad() {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', resolve, { once: true }));
}

/**
 * Registers the service worker; calls `onUpdate(activate)` once a new version
 * is installed and waiting (`activate()` switches to it and reloads).
 * Does nothing where service workers are unavailable (an insecure origin, a
 * partitioned frame that may not register one).
 */
export async function keepOffline({ onUpdate }) {
  if (!('serviceWorker' in navigator)) return;
  // Pages this worker's predecessor served reload when a new one takes over:
  // their lazily loaded files are no longer cached.
  const controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reload();
  });

  await afterLoad();
  let registration;
  try {
    registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { updateViaCache: 'none' });
  } catch {
    return; // Online the page works as before; it just does not keep a copy.
  }
  let offered = null;
  const offer = (worker) => {
    if (offered === worker || !registration.active || worker === registration.active) return;
    offered = worker;
    onUpdate(() => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') reload();
      });
      worker.postMessage(ACTIVATE);
    });
  };
  const watch = (worker) => {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  };
  watch(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // A page left open looks for a new version when it is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

/**
 * Shows "A new version is ready: reload" in `region`, a polite live region
 * that is in the page, empty, from the start (so screen readers announce
 * what appears in it); its button calls `activate`.
 */
export function showUpdateNotice(region, activate) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    activate();
  });
  const text = document.createElement('p');
  text.append('A new version is ready: ', button);
  region.replaceChildren(text);
}
