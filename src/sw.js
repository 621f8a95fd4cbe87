// The portal's service worker (issue 12). It keeps the app shell (index.html
// and the hashed wasm, JavaScript and CSS), the catalogue and the services'
// forms readable without a network, so a reload with no connection still
// opens an application; the draft's answers come from IndexedDB
// (src/draft_store.rs), never from here. Personal API answers (the session,
// drafts, orders, profile) are never cached: public-computer mode and
// sign-out must leave nothing behind.
//
// Updates: the build writes BUILD and SHELL below (scripts/compress-dist.sh),
// so every deploy is a new worker. It takes over at once (skipWaiting,
// clients.claim) and drops the old cache: an open page already holds all of
// its code (one wasm file, loaded at start), and its next navigation gets
// the new shell. Drafts are not touched by an update.
const BUILD = "development";
const SHELL = ["/index.html"];
const CACHE = "portal-shell-" + BUILD;
// The catalogue too: every page needs it.
const CATALOGUE = "/api/catalogue";
// Public answers read network first, the cached copy when offline.
const PUBLIC_API = /^\/api\/(catalogue|services\/[^/]+(\/form)?)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...SHELL, CATALOGUE])).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every route of the SPA is index.html.
    event.respondWith(fetch(request).catch(() => caches.match("/index.html", { ignoreVary: true })));
  } else if (PUBLIC_API.test(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else if (!url.pathname.startsWith("/api/")) {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request)));
  }
});

// A page that loaded a form before this worker was in control (a first
// visit) names it here, so it opens offline too. Only public answers.
self.addEventListener("message", (event) => {
  if (typeof event.data !== "string" || !PUBLIC_API.test(event.data)) return;
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(event.data)));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreVary: true });
    if (hit) return hit;
    throw error;
  }
}
