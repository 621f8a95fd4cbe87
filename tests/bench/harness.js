// Runs in headless Chromium (see drive.mjs). For our engine (wasm) and three
// JavaScript peers, on the same data and queries in the same page:
//  - speed on the synthetic catalogue: index build time, per-keystroke
//    latency typing 30 queries character by character, index memory;
//  - quality on the real catalogue: recall@5 and MRR over the labelled queries.
import init, * as ours from './engine/search_bench_engine.js';
import MiniSearch from './peers/minisearch.js';
import Fuse from './peers/fuse.mjs';
import FlexSearch from './peers/flexsearch.mjs';

const log = (line) => { document.getElementById('log').textContent += '\n' + line; console.log(line); };
const text = async (path) => (await fetch(path)).text();

// Flat documents for the JavaScript engines: what our engine indexes too.
function documents(catalogue) {
  const providers = new Map(catalogue.providers.map((p) => [p.id, p]));
  const docs = [];
  for (const s of catalogue.services) {
    const p = providers.get(s.provider);
    docs.push({ id: 'service:' + s.id, uk: s.name.uk, be: s.name.be, en: s.name.en,
      text: [s.description.uk, s.description.be, s.description.en, p?.name.uk, p?.name.be, p?.name.en].join(' ') });
  }
  for (const p of catalogue.providers) docs.push({ id: 'provider:' + p.id, uk: p.name.uk, be: p.name.be, en: p.name.en, text: '' });
  for (const c of catalogue.centres || []) {
    docs.push({ id: 'centre:' + c.id, uk: c.name.uk, be: c.name.be, en: c.name.en,
      text: [c.city.uk, c.city.be, c.city.en, c.address.uk, c.address.be, c.address.en].join(' ') });
  }
  return docs;
}

const ENGINES = {
  'portal (Rust/wasm)': {
    build(json) {
      ours.build(json);
      this.keys = ours.keys().split('\n');
    },
    search(q) {
      const found = ours.search(q, 5);
      // Entry numbers in wasm memory (a view, as the memory may have grown).
      const entries = new Uint32Array(wasm.memory.buffer, ours.results(), found);
      return Array.from(entries, (n) => this.keys[n]);
    },
    memory() { return ours.heap_bytes(); },
  },
  'FlexSearch 0.8.212': {
    build(json) {
      this.index = new FlexSearch.Document({
        tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance,
        document: { id: 'id', index: ['uk', 'be', 'en', 'text'] },
      });
      for (const d of documents(JSON.parse(json))) this.index.add(d);
    },
    search(q) {
      const seen = new Set();
      for (const field of this.index.search(q, { limit: 5, suggest: true })) {
        for (const id of field.result) seen.add(id);
      }
      return [...seen].slice(0, 5);
    },
  },
  'MiniSearch 7.2.0': {
    build(json) {
      this.index = new MiniSearch({ fields: ['uk', 'be', 'en', 'text'], idField: 'id',
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { uk: 3, be: 3, en: 3 } } });
      this.index.addAll(documents(JSON.parse(json)));
    },
    search(q) { return this.index.search(q).slice(0, 5).map((r) => r.id); },
  },
  'Fuse.js 7.5.0': {
    build(json) {
      this.index = new Fuse(documents(JSON.parse(json)), { keys: [
        { name: 'uk', weight: 3 }, { name: 'be', weight: 3 }, { name: 'en', weight: 3 }, { name: 'text', weight: 1 }],
        threshold: 0.4, ignoreLocation: true });
    },
    search(q) { return this.index.search(q, { limit: 5 }).map((r) => r.item.id); },
  },
};

function heap() {
  if (window.gc) window.gc();
  return performance.memory ? performance.memory.usedJSHeapSize : NaN;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

let wasm;

async function main() {
  wasm = await init();
  const size = new URLSearchParams(location.search).get('catalogue') || 'synthetic-catalogue.json';
  const [synthetic, real, queries] = await Promise.all([
    text(size), text('catalogue.json'), fetch('queries.json').then((r) => r.json())]);
  const typed = queries.filter((q) => q.hand_written).slice(0, 30).map((q) => q.query);
  const results = {};
  // ?only=portal,flex runs the engines whose names contain one of these
  // words (case aside): for quick comparisons while tuning.
  const only = (new URLSearchParams(location.search).get('only') || '').toLowerCase().split(',').filter(Boolean);
  const chosen = Object.entries(ENGINES).filter(([name]) => !only.length || only.some((w) => name.toLowerCase().includes(w)));
  // Speed, on the synthetic catalogue: every chosen engine is built and
  // warmed up first, then they take turns typing, so that a slower or
  // busier minute of the machine falls on all of them alike.
  const speed = {};
  for (const [name, engine] of chosen) {
    const heapBefore = heap();
    const t0 = performance.now();
    engine.build(synthetic);
    const buildMs = performance.now() - t0;
    const memory = engine.memory ? engine.memory() : heap() - heapBefore;
    log(`${name}: built in ${Math.round(buildMs)} ms`);
    speed[name] = { buildMs, memory, total: new Map(), typingMs: 0 };
  }
  // Warm-up: everything typed once, untimed. The first typing after a
  // build is cold for every engine (JavaScript not yet compiled by the
  // optimising tier, wasm memory just written, caches empty) and tells
  // about that moment rather than about typing. A slow engine warms up
  // for at most WARM_UP_BUDGET_MS.
  const WARM_UP_BUDGET_MS = 20000;
  for (const [, engine] of chosen) {
    const warmUpStart = performance.now();
    warmUp: for (const q of typed) {
      for (let i = 1; i <= q.length; i++) {
        if (performance.now() - warmUpStart > WARM_UP_BUDGET_MS) break warmUp;
        engine.search(q.slice(0, i));
      }
    }
  }
  // All 30 queries are typed TYPINGS times over by each engine in turn; a
  // keystroke's latency is the mean of its timings, which evens out a busy
  // moment of the machine and sees below the 5 µs step of the browser's
  // clock. A slow engine types for at most TYPING_BUDGET_MS in all (a
  // share per round); its figures then cover the keystrokes it managed
  // (reported as `keystrokes`).
  const TYPINGS = 10;
  const TYPING_BUDGET_MS = 120000;
  for (let round = 0; round < TYPINGS; round++) {
    for (const [name, engine] of chosen) {
      const { total } = speed[name];
      const roundStart = performance.now();
      typing: for (const [n, q] of typed.entries()) {
        for (let i = 1; i <= q.length; i++) {
          if (performance.now() - roundStart > TYPING_BUDGET_MS / TYPINGS) break typing;
          const prefix = q.slice(0, i);
          const start = performance.now();
          engine.search(prefix);
          const took = performance.now() - start;
          const key = `${n}:${i}`;
          const sum = total.get(key) || { prefix, ms: 0, times: 0 };
          sum.ms += took;
          sum.times++;
          total.set(key, sum);
        }
      }
    }
  }
  for (const [name, engine] of chosen) {
    const { buildMs, memory, total } = speed[name];
    const slowest = [...total.values()].map((k) => [k.ms / k.times, k.prefix]);
    const latencies = slowest.map(([ms]) => ms);
    latencies.sort((a, b) => a - b);
    log(`${name}: typed ${latencies.length} keystrokes`);
    // Quality, on the real catalogue.
    engine.build(real);
    const byGroup = {};
    // Per set of queries (original, everyday, held-out): recall@5, MRR and
    // how many queries got no result at all.
    const bySet = {};
    for (const q of queries) {
      const top = engine.search(q.query);
      const rank = top.findIndex((id) => q.expected.includes(id));
      const group = (byGroup[`${q.set}/${q.group}`] ||= { n: 0, found: 0 });
      const set = (bySet[q.set] ||= { n: 0, found: 0, reciprocal: 0, empty: 0 });
      group.n++;
      set.n++;
      if (top.length === 0) set.empty++;
      if (rank >= 0) { set.found++; set.reciprocal += 1 / (rank + 1); group.found++; }
    }
    const original = bySet.original;
    results[name] = {
      build_ms: buildMs, keystrokes: latencies.length,
      p50_ms: percentile(latencies, 0.5), p99_ms: percentile(latencies, 0.99), max_ms: latencies[latencies.length - 1],
      memory_bytes: memory, recall_at_5: original.found / original.n, mrr: original.reciprocal / original.n,
      sets: Object.fromEntries(Object.entries(bySet).map(([name, v]) => [name,
        { queries: v.n, recall_at_5: v.found / v.n, mrr: v.reciprocal / v.n, no_result: v.empty / v.n }])),
      no_result_all: Object.values(bySet).reduce((a, v) => a + v.empty, 0) / queries.length,
      typings: TYPINGS,
      slowest: slowest.sort((a, b) => b[0] - a[0]).slice(0, 8),
      around_median: slowest.slice(Math.floor(slowest.length / 2) - 15, Math.floor(slowest.length / 2) + 15),
      recall_by_group: Object.fromEntries(Object.entries(byGroup).map(([g, v]) => [g, v.found / v.n])),
    };
    log(JSON.stringify(results[name]));
  }
  window.benchResult = { queries: queries.length, typed: typed.length, results,
    timer_resolution_isolated: self.crossOriginIsolated };
}

main().catch((e) => { window.benchResult = { error: String(e && e.stack || e) }; });
