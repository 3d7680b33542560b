// The calculator offline: this worker keeps one version of the site (its
// pages and every file they load) in a cache of its own, and serves them from
// there, online or not. The build (web/build-site.mjs) writes the three lines
// below; a new deployment therefore changes this file, and the browser, which
// checks it on every visit, installs the new version beside the old one.
//
// - install: fetch the new version's files into a new cache. PAGES (the
//   pages and the web app manifest, under fixed names) are revalidated with
//   the server; ASSETS have content-hashed names, so whatever copy the HTTP
//   cache holds is the right one.
// - waiting: the pages in use keep the version they started with. They show
//   "A new version is ready: reload" (public/offline.js); the button posts
//   { type: 'inmail:activate' } here.
// - activate: the new version takes over and deletes the caches of older
//   versions of this site (only those of its own scope); the pages reload.
//
// Pages are served with any query string (the scenario is in the link); a
// request for the site's folder gets index.html. Everything else (source
// maps, inmail.js for integrators, other origins) goes to the network as usual.
const VERSION = 'development';
const PAGES = [];
const ASSETS = [];

const CACHE_PREFIX = `inmail-calculator ${self.registration.scope} `;
const CACHE = `${CACHE_PREFIX}${VERSION}`;

const absolute = (name) => new URL(name, self.location.href).href;
// Request path → the URL the file is cached under, and whether it is a page.
const PRECACHED = new Map([
  ...PAGES.map((name) => [new URL(absolute(name)).pathname, { url: absolute(name), page: true }]),
  ...ASSETS.map((name) => [new URL(absolute(name)).pathname, { url: absolute(name), page: false }]),
]);

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...PRECACHED.values()].map(async ({ url, page }) => {
      const response = await fetch(url, { cache: page ? 'no-cache' : 'default' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      // A redirected response cannot answer a navigation: keep its body only.
      const kept = response.redirected
        ? new Response(await response.blob(), { status: response.status, headers: response.headers })
        : response;
      await cache.put(url, kept);
    }),
  );
}

async function dropOldVersions() {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
  );
}

async function cachedOrFetched(request, url) {
  const cache = await caches.open(CACHE);
  // The browser may have evicted the cache: then the network answers.
  return (await cache.match(url)) ?? fetch(request);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => event.waitUntil(dropOldVersions()));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'inmail:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const entry = PRECACHED.get(path);
  // A hashed file asked for with a query string is not one of ours.
  if (!entry || (url.search && !entry.page)) return;
  event.respondWith(cachedOrFetched(request, entry.url));
});
