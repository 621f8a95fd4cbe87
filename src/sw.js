// The portal's service worker (issue 12). It keeps the app shell (index.html
// and the hashed wasm, JavaScript and CSS), the catalogue and the services'
// forms readable without a network, so a reload with no connection still
// opens an application; the draft's answers come from IndexedDB
// (src/draft_store.rs), never from here. Personal API answers (the session,
// drafts, orders, profile) are never cached: public-computer mode and
// sign-out must leave nothing behind.
//
// "Without a network" includes a proxy in front of the portal answering
// 5xx (502 Bad Gateway, 503, 504) while the portal is down or restarting:
// a navigation then gets the cached app shell and a public answer its
// cached copy, as when the connection itself is gone.
//
// On a public computer the page marks the session (the PUBLIC_COMPUTER
// cache, src/service_worker.rs): no form is kept then, since the list of
// forms opened would tell the next person what was applied for; at its end
// the page deletes every cache, and the server's sign-out answer clears the
// site's data (Clear-Site-Data).
//
// Updates: the build writes BUILD and SHELL below (scripts/compress-dist.sh),
// so every deploy is a new worker. It takes over at once (skipWaiting,
// clients.claim) and drops the old cache: an open page already holds all of
// its code (one wasm file, loaded at start), and its next navigation gets
// the new shell. Drafts are not touched by an update.
const BUILD = "development";
const SHELL = ["/index.html"];
const CACHE = "portal-shell-" + BUILD;
// Its existence is the mark of a public computer's session (no content).
const PUBLIC_COMPUTER = "portal-public-computer";
// The catalogue too: every page needs it.
const CATALOGUE = "/api/catalogue";
// Public answers read network first, the cached copy when offline.
const PUBLIC_API = /^\/api\/(catalogue|services\/[^/]+(\/form)?)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...SHELL, CATALOGUE])).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const kept = [CACHE, PUBLIC_COMPUTER];
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => !kept.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every route of the SPA is index.html.
    event.respondWith(networkFirst(request, "/index.html", false));
  } else if (PUBLIC_API.test(url.pathname)) {
    event.respondWith(networkFirst(request, request, true));
  } else if (!url.pathname.startsWith("/api/")) {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request)));
  }
});

// A page that loaded a form before this worker was in control (a first
// visit) names it here, so it opens offline too. Only public answers, and
// none on a public computer.
self.addEventListener("message", (event) => {
  if (typeof event.data !== "string" || !PUBLIC_API.test(event.data)) return;
  event.waitUntil(
    onPublicComputer().then((public_) => public_ || caches.open(CACHE).then((cache) => cache.add(event.data))),
  );
});

function onPublicComputer() {
  return caches.has(PUBLIC_COMPUTER);
}

// The network's answer, or the cached `fallback` when there is none or it
// is a server error (5xx: a proxy's 502/503/504, the portal's own 503);
// a server error with nothing cached is passed on as it is. `keep` stores
// good answers for next time.
async function networkFirst(request, fallback, keep) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const hit = await caches.match(fallback, { ignoreVary: true });
    if (hit) return hit;
    throw error;
  }
  if (response.status >= 500) {
    const hit = await caches.match(fallback, { ignoreVary: true });
    return hit || response;
  }
  if (keep && response.ok && !(await onPublicComputer())) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
