// Runs in the benchmark page: times our search (site_domain compiled to wasm, via the
// search_bench crate) and MiniSearch on the same documents and the same keystrokes.
// Every figure is measured with performance.now(); the page is cross-origin isolated (the
// server sends COOP/COEP) so the timer resolution is 5 µs instead of 100 µs.

import init, * as ours from '/pkg/search_bench.js';
import MiniSearch from '/minisearch/index.js';

const log = (message) => console.log(`[bench] ${message}`);

/** Folds a term as site_domain does: lowercase, no accents, Azerbaijani ı/İ → i, ə → e. */
function fold(term) {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e');
}

/** MiniSearch configured like site_domain::search: every word must match (AND), prefix
 * from 2 chars, one typo from 5 chars, title boosted 3x, same folding. */
const MINISEARCH_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['year', 'topics', 'projects', 'donors', 'places'],
  processTerm: fold,
  searchOptions: {
    combineWith: 'AND',
    boost: { title: 3 },
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 5 ? 1 : false),
  },
};

function miniSearchDocuments(bundle) {
  return bundle.articles.map((article, id) => ({
    id,
    title: article.title,
    text: article.body.map((block) => (Array.isArray(block.text) ? block.text.join('\n') : block.text)).join('\n'),
    year: article.start ? Number(article.start.slice(0, 4)) : null,
    topics: article.topics,
    projects: article.projects,
    donors: article.donors,
    places: article.places,
  }));
}

function buildMiniSearch(bundle) {
  const index = new MiniSearch(MINISEARCH_OPTIONS);
  index.addAll(miniSearchDocuments(bundle));
  return index;
}

function miniSearchFilter(filters) {
  if (filters.years) return (result) => filters.years.includes(result.year);
  if (filters.topics) return (result) => result.topics.some((t) => filters.topics.includes(t));
  return undefined;
}

const median = (sorted) => quantile(sorted, 0.5);
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: median(sorted), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

/** The smallest step performance.now() takes, in ms. */
function timerResolution() {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    let next = start;
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

/** Every keystroke of typing each query letter by letter (by code point, so "ç" is one). */
function keystrokes(queries) {
  const typed = [];
  for (const query of queries) {
    const letters = Array.from(query);
    for (let length = 1; length <= letters.length; length++) typed.push(letters.slice(0, length).join(''));
  }
  return typed;
}

/** The year and topic most articles have: the filters applied on each keystroke. */
function commonFilters(bundle) {
  const most = (values) => {
    const counts = new Map();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0][0];
  };
  const year = most(bundle.articles.filter((a) => a.start).map((a) => Number(a.start.slice(0, 4))));
  const topic = most(bundle.articles.flatMap((a) => a.topics));
  return [
    { name: 'no filter', filters: {} },
    { name: `year ${year}`, filters: { years: [year] } },
    { name: `topic ${topic}`, filters: { topics: [topic] } },
  ];
}

function timeEach(typed, work, samples) {
  let sink = 0;
  for (const text of typed) {
    const start = performance.now();
    sink += work(text);
    samples.push(performance.now() - start);
  }
  return sink;
}

function timeOnce(work) {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

async function runDataset({ name, url, reps, buildReps }, queries) {
  log(`${name}: fetching ${url}`);
  const text = await (await fetch(url)).text();
  const bundle = JSON.parse(text);
  const articles = bundle.articles.length;
  const variants = commonFilters(bundle);
  const typed = keystrokes(queries);
  const typedFrom = queries.flatMap((query) => Array.from(query).map(() => query));
  const result = { name, articles, keystrokes_per_pass: typed.length, reps, filters: variants.map((v) => v.name) };

  // --- load and build ---
  const oursParse = [];
  const oursBuild = [];
  for (let i = 0; i < buildReps; i++) {
    oursParse.push(timeOnce(() => ours.load_bundle(text)).ms);
    oursBuild.push(timeOnce(() => ours.build_index()).ms);
  }
  const oursIndexJson = ours.index_to_json();
  const oursLoadJson = [];
  for (let i = 0; i < buildReps; i++) oursLoadJson.push(timeOnce(() => ours.load_index_json(oursIndexJson)).ms);
  ours.build_index();

  const msParse = [];
  const msBuild = [];
  let miniSearch;
  for (let i = 0; i < buildReps; i++) {
    miniSearch = undefined;
    msParse.push(timeOnce(() => JSON.parse(text)).ms);
    const built = timeOnce(() => buildMiniSearch(bundle));
    miniSearch = built.value;
    msBuild.push(built.ms);
  }
  const msJson = JSON.stringify(miniSearch);
  const msLoadJson = [];
  for (let i = 0; i < buildReps; i++) {
    msLoadJson.push(timeOnce(() => MiniSearch.loadJSON(msJson, MINISEARCH_OPTIONS)).ms);
  }
  const encoder = new TextEncoder();
  result.load = {
    bundle_parse_ms: { ours: summary(oursParse).median, minisearch: summary(msParse).median },
    index_build_ms: { ours: summary(oursBuild).median, minisearch: summary(msBuild).median },
    index_load_from_json_ms: { ours: summary(oursLoadJson).median, minisearch: summary(msLoadJson).median },
  };
  result.bytes = {
    // MiniSearch's heap is measured by bench.mjs through the DevTools protocol (heapProbe*).
    index_heap: { ours: ours.index_live_bytes(), minisearch: null },
    index_json: { ours: encoder.encode(oursIndexJson).length, minisearch: encoder.encode(msJson).length },
    ours_index_estimate: ours.index_estimated_bytes(),
    // Linear memory only grows: this is the high-water mark of parsing and building so far.
    ours_wasm_memory: wasmMemory.buffer.byteLength,
  };

  // --- keystrokes ---
  const searchOurs = (filtersJson) => (q) => ours.query(q, filtersJson);
  const searchMini = (filters) => {
    const filter = miniSearchFilter(filters);
    return (q) => miniSearch.search(q, filter ? { filter } : {}).length;
  };
  const engines = {
    ours: variants.map((v) => searchOurs(JSON.stringify(v.filters))),
    minisearch: variants.map((v) => searchMini(v.filters)),
    // The reference of the "fast first visit" issue: the same query on the whole index in
    // memory, as the app searched before its search was split into pieces.
    whole: variants.map((v) => (q) => ours.query_whole_index(q, JSON.stringify(v.filters))),
  };
  const rawOurs = (q) => ours.search(q);
  const rawMini = (q) => miniSearch.search(q).length;

  // Hit counts of the full queries: a check that both engines find comparable sets.
  result.hits = queries.map((q) => ({
    query: q,
    ours: variants.map((_, i) => engines.ours[i](q)),
    minisearch: variants.map((_, i) => engines.minisearch[i](q)),
  }));
  const differs = queries.find((q) => variants.some((_, i) => engines.whole[i](q) !== engines.ours[i](q)));
  if (differs !== undefined) throw new Error(`the pieces and the whole index find different articles for ${JSON.stringify(differs)}`);

  log(`${name}: warming up`);
  for (const engine of Object.values(engines)) for (const work of engine) timeEach(typed, work, []);
  timeEach(typed, rawOurs, []);
  timeEach(typed, rawMini, []);

  const samples = { ours: variants.map(() => []), minisearch: variants.map(() => []), whole: variants.map(() => []) };
  const rawSamples = { ours: [], minisearch: [] };
  let sink = 0;
  for (let rep = 0; rep < reps; rep++) {
    // Alternate which engine goes first so neither always inherits the other's garbage.
    const order = rep % 2 === 0 ? ['ours', 'minisearch', 'whole'] : ['whole', 'minisearch', 'ours'];
    for (const engine of order) {
      engines[engine].forEach((work, i) => (sink += timeEach(typed, work, samples[engine][i])));
      if (engine !== 'whole') sink += timeEach(typed, engine === 'ours' ? rawOurs : rawMini, rawSamples[engine]);
    }
    log(`${name}: rep ${rep + 1}/${reps} done`);
  }
  result.sink = sink;
  result.keystroke_ms = {};
  variants.forEach((variant, i) => {
    result.keystroke_ms[`query + ${variant.name}`] = {
      ours: summary(samples.ours[i]),
      minisearch: summary(samples.minisearch[i]),
    };
  });
  result.keystroke_ms['query, all filter variants'] = {
    ours: summary(samples.ours.flat()),
    minisearch: summary(samples.minisearch.flat()),
  };
  result.whole_index_keystroke_ms = summary(samples.whole.flat());
  // Which keystrokes cost most (median over reps and filter variants): where to optimise.
  const slowest = (perVariant) =>
    typed
      .map((text, k) => ({
        text,
        query: typedFrom[k],
        ms: summary(perVariant.flatMap((list) => list.filter((_, i) => i % typed.length === k))).median,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
  result.slowest_keystrokes = { ours: slowest(samples.ours), minisearch: slowest(samples.minisearch) };
  // Each keystroke's median over the reps, then the spread over keystrokes: robust to the
  // odd preemption of the renderer by other processes on a busy machine.
  const perKeystrokeMedians = (perVariant) =>
    perVariant.flatMap((list) =>
      typed.map((_, k) => summary(list.filter((_, i) => i % typed.length === k)).median),
    );
  result.keystroke_ms['query, all variants, median of reps per keystroke'] = {
    ours: summary(perKeystrokeMedians(samples.ours)),
    minisearch: summary(perKeystrokeMedians(samples.minisearch)),
  };
  result.keystroke_ms['search only (no filter, no facets)'] = {
    ours: summary(rawSamples.ours),
    minisearch: summary(rawSamples.minisearch),
  };
  return result;
}

let wasmMemory;

export async function runAll({ datasets, queries }) {
  wasmMemory = (await init()).memory;
  const environment = {
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    timerResolutionMs: timerResolution(),
    preciseHeap: typeof globalThis.gc === 'function' && !!performance.memory,
  };
  log(`cross-origin isolated: ${environment.crossOriginIsolated}, timer step ${environment.timerResolutionMs} ms`);
  const results = [];
  for (const dataset of datasets) results.push(await runDataset(dataset, queries));
  return { environment, queries, results };
}

// Heap probe: bench.mjs forces a GC and reads the JS heap (DevTools protocol) between these
// calls, so the MiniSearch figure is the heap its index keeps, the bundle already parsed.
let probe = {};
export async function heapProbeLoad(url) {
  probe = { bundle: JSON.parse(await (await fetch(url)).text()) };
}
export function heapProbeBuild() {
  probe.index = buildMiniSearch(probe.bundle);
}
export function heapProbeRelease() {
  probe = {};
}
